using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>
/// A partition held in the silo's memory, kept active for the silo's life (<see cref="KeepAliveAttribute"/>). Orleans
/// runs one call at a time on a grain, so a change is applied whole before the next query is answered.
/// </summary>
[KeepAlive]
internal sealed class PartitionGrain : Grain, IPartitionGrain
{
    private readonly Dictionary<string, HomeEntry> home = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, SortedSet<long>> postings = [];
    private readonly Dictionary<long, Held> held = [];
    private readonly Dictionary<PartitionTerm, long> terms = [];

    public Task<HomeEntry?[]> LookupAsync(string[] ids) =>
        Task.FromResult(ids.Select(id => home.GetValueOrDefault(id)).ToArray());

    public Task<ulong[]> ApplyAsync(PartitionChange change, int hotKeyThreshold)
    {
        foreach (var id in change.HomeRemoves)
        {
            home.Remove(id);
        }

        foreach (var entry in change.HomeSets)
        {
            home[entry.Id] = entry;
        }

        foreach (var posting in change.PostingRemoves)
        {
            RemovePosting(posting.Key, posting.Sequence);
        }

        var grown = new HashSet<ulong>();
        foreach (var posting in change.PostingAdds)
        {
            if (!postings.TryGetValue(posting.Key, out var holders))
            {
                postings[posting.Key] = holders = [];
            }

            if (holders.Add(posting.Sequence))
            {
                if (held.TryGetValue(posting.Sequence, out var record))
                {
                    record.References++;
                }
                else
                {
                    held[posting.Sequence] = new Held(posting.Id, posting.Document);
                }
            }

            if (holders.Count > hotKeyThreshold)
            {
                grown.Add(posting.Key);
            }
        }

        foreach (var term in change.TermRemoves)
        {
            if (--terms[term] == 0)
            {
                terms.Remove(term);
            }
        }

        foreach (var term in change.TermAdds)
        {
            terms[term] = terms.GetValueOrDefault(term) + 1;
        }

        return Task.FromResult(grown.Order().ToArray());
    }

    public Task<PartitionReply> FetchAsync(PartitionQuery query)
    {
        var hits = new KeyHit[query.Keys.Length];
        var records = new SortedDictionary<long, HeldRecord>();
        for (var i = 0; i < hits.Length; i++)
        {
            if (!postings.TryGetValue(query.Keys[i], out var holders))
            {
                hits[i] = new KeyHit(query.Keys[i], 0, []);
                continue;
            }

            // A key over its cap here is over it in total: its holders are not sent.
            var within = holders.Count <= query.Caps[i];
            hits[i] = new KeyHit(query.Keys[i], holders.Count, within ? [.. holders] : []);
            if (within)
            {
                foreach (var sequence in holders)
                {
                    if (!records.ContainsKey(sequence))
                    {
                        var record = held[sequence];
                        records[sequence] = new HeldRecord(sequence, record.Id, record.Document);
                    }
                }
            }
        }

        var counts = query.Terms.Select(t => terms.GetValueOrDefault(t)).ToArray();
        return Task.FromResult(new PartitionReply(hits, [.. records.Values], counts));
    }

    public Task<MovedPostings> TakeMovedAsync(ulong key, int spread, int slot)
    {
        if (!postings.TryGetValue(key, out var holders))
        {
            return Task.FromResult(new MovedPostings([], 0));
        }

        var moved = holders
            .Where(s => KeyPartitioning.SlotOf(held[s].Id, spread) != slot)
            .Select(s => new Posting(key, s, held[s].Id, held[s].Document))
            .ToArray();
        foreach (var posting in moved)
        {
            RemovePosting(key, posting.Sequence);
        }

        return Task.FromResult(new MovedPostings(moved, postings.TryGetValue(key, out var kept) ? kept.Count : 0));
    }

    public Task<HeldRecord[]> ReadHomeAsync() =>
        Task.FromResult(home.Values.OrderBy(e => e.Sequence).Select(e => new HeldRecord(e.Sequence, e.Id, e.Document)).ToArray());

    public Task<PartitionLoad> LoadAsync(ulong[] spreadKeys)
    {
        var spread = spreadKeys.ToHashSet();
        var held = postings.Keys.Where(spread.Contains).Order().ToArray();
        return Task.FromResult(new PartitionLoad(
            home.Count, postings.Values.Sum(p => (long)p.Count), postings.Count - held.Length, held, this.held.Count));
    }

    private void RemovePosting(ulong key, long sequence)
    {
        if (!postings.TryGetValue(key, out var holders) || !holders.Remove(sequence))
        {
            return;
        }

        if (holders.Count == 0)
        {
            postings.Remove(key);
        }

        var record = held[sequence];
        if (--record.References == 0)
        {
            held.Remove(sequence);
        }
    }

    private sealed class Held(string id, string document)
    {
        public string Id { get; } = id;

        public string Document { get; } = document;

        public int References { get; set; } = 1;
    }
}
