using System.Runtime.CompilerServices;

namespace Justice.Domain.Identity.Referential;

/// <summary>
/// A store in the process's memory: the reference the database adapters are tested against, and a store for tests
/// and short-lived tools. Thread-safe: one lock guards every call. Nothing survives the process.
/// </summary>
public sealed class InMemoryPersonStore : IPersonStore
{
    /// <summary>The schema version an in-memory store reports.</summary>
    public const int SchemaVersion = 1;

    private readonly object gate = new();
    private readonly SortedDictionary<long, StoredPerson> bySequence = [];
    private readonly Dictionary<string, long> sequenceOf = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, SortedSet<long>> postings = [];
    private readonly Dictionary<TermValue, long> terms = [];
    private readonly Dictionary<int, long> totals = [];
    private long nextSequence = 1;
    private readonly Dictionary<string, string> settings = new(StringComparer.Ordinal);
    private (int Version, string Document)? model;

    /// <inheritdoc/>
    public Task<StoreWriteCounts> UpsertAsync(IReadOnlyList<StoredPerson> batch, CancellationToken cancellationToken = default)
    {
        StoreBatch.CheckDistinct(batch);
        cancellationToken.ThrowIfCancellationRequested();
        int added = 0, replaced = 0, unchanged = 0;
        lock (gate)
        {
            foreach (var person in batch)
            {
                if (sequenceOf.TryGetValue(person.Id, out var existing))
                {
                    if (bySequence[existing].Document == person.Document)
                    {
                        unchanged++;
                        continue;
                    }

                    Delete(existing);
                    replaced++;
                }
                else
                {
                    added++;
                }

                Insert(person);
            }
        }

        return Task.FromResult(new StoreWriteCounts(added, replaced, unchanged));
    }

    /// <inheritdoc/>
    public Task<int> RemoveAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        StoreBatch.CheckIds(ids);
        cancellationToken.ThrowIfCancellationRequested();
        var removed = 0;
        lock (gate)
        {
            foreach (var id in ids.Distinct(StringComparer.Ordinal))
            {
                if (sequenceOf.TryGetValue(id, out var sequence))
                {
                    Delete(sequence);
                    removed++;
                }
            }
        }

        return Task.FromResult(removed);
    }

    /// <inheritdoc/>
    public Task<CandidateFetch> FetchCandidatesAsync(CandidateRequest request, CancellationToken cancellationToken = default)
    {
        StoreBatch.Check(request);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var found = new SortedSet<long>();
            foreach (var block in request.Blocks)
            {
                if (postings.TryGetValue(block.Key, out var holders) && holders.Count <= block.MaxBlockSize)
                {
                    found.UnionWith(holders);
                }
            }

            var candidates = found.Select(s => new StoredCandidate(s, bySequence[s].Id, bySequence[s].Document)).ToArray();
            var counts = request.Terms.Select(t => terms.GetValueOrDefault(t)).ToArray();
            var fieldTotals = request.Terms.Select(t => t.Field).Distinct().ToDictionary(f => f, f => totals.GetValueOrDefault(f));
            return Task.FromResult(new CandidateFetch(candidates, counts, fieldTotals, bySequence.Count));
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredCandidate> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StoredCandidate[] all;
        lock (gate)
        {
            all = [.. bySequence.Select(e => new StoredCandidate(e.Key, e.Value.Id, e.Value.Document))];
        }

        foreach (var candidate in all)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return candidate;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<string?> ReadModelAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(model?.Document);
        }
    }

    /// <inheritdoc/>
    public Task SaveModelAsync(int version, string document, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotBlank(document);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            model = (version, document);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<string?> ReadSettingAsync(string name, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotBlank(name);
        lock (gate)
        {
            return Task.FromResult(settings.GetValueOrDefault(name));
        }
    }

    /// <inheritdoc/>
    public Task SaveSettingAsync(string name, string value, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotBlank(name);
        Core.Guard.NotNull(value);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            settings[name] = value;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<StoreStatistics> StatisticsAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var keyPostings = postings.Values.Sum(p => (long)p.Count);
            return Task.FromResult(new StoreStatistics(bySequence.Count, keyPostings, postings.Count, SchemaVersion, model?.Version));
        }
    }

    private void Insert(StoredPerson person)
    {
        var sequence = nextSequence++;
        bySequence.Add(sequence, person);
        sequenceOf.Add(person.Id, sequence);
        foreach (var key in person.BlockingKeys)
        {
            if (!postings.TryGetValue(key, out var holders))
            {
                postings[key] = holders = [];
            }

            holders.Add(sequence);
        }

        foreach (var term in person.Terms)
        {
            terms[term] = terms.GetValueOrDefault(term) + 1;
            totals[term.Field] = totals.GetValueOrDefault(term.Field) + 1;
        }
    }

    private void Delete(long sequence)
    {
        var person = bySequence[sequence];
        bySequence.Remove(sequence);
        sequenceOf.Remove(person.Id);
        foreach (var key in person.BlockingKeys)
        {
            var holders = postings[key];
            holders.Remove(sequence);
            if (holders.Count == 0)
            {
                postings.Remove(key);
            }
        }

        foreach (var term in person.Terms)
        {
            if (--terms[term] == 0)
            {
                terms.Remove(term);
            }

            totals[term.Field]--;
        }
    }
}
