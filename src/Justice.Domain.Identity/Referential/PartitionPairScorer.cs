using System.Globalization;
using System.Text.Json;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Serialization;

namespace Justice.Domain.Identity.Referential;

/// <summary>
/// Scores the blocks one partition of a partitioned store owns, as a deduplication of the whole store scores them
/// (<see cref="BulkLinkage.Deduplicate"/>): a block forms a pair only when the two records share no uncapped
/// (rule, key) ordered before the block's, so each pair is scored once, by the partition of the first rule and key
/// that forms it; weights come from the same model and the store's term counts. The partitions' edges together are
/// the edges of the single-process run.
/// </summary>
/// <remarks>
/// Built once per run from what the whole store knows (term counts, capped keys); <see cref="Score"/> then needs only
/// the partition's own blocks and their records. A record whose prepared form the profile reads
/// (<see cref="StoredCandidate.PreparedForm"/>, <see cref="CivilStatusProfile.TryReadPrepared"/>) is not prepared
/// again; any other is prepared from its document, with the same result. Thread safety: immutable; <see cref="Score"/>
/// may run from several threads.
/// </remarks>
public sealed class PartitionPairScorer
{
    private readonly CivilStatusProfile profile;
    private readonly CivilStatusPreparer preparer;
    private readonly IdentityMatcher matcher;
    private readonly HashSet<ulong>[] cappedKeys;
    private readonly int maxDegreeOfParallelism;
    private readonly double matchWeight;
    private readonly double reviewWeight;

    /// <summary>A scorer for one run.</summary>
    /// <param name="profile">The profile the store's records were prepared with; its rules must be the request's.</param>
    /// <param name="request">The run's rules, caps and model.</param>
    /// <param name="termCounts">The store's counts of the name values the model weighs by frequency (field index, normalised value, records holding it).</param>
    /// <param name="fieldTotals">For each field index, how many stored records have a value in it.</param>
    /// <param name="records">How many records the store holds.</param>
    /// <param name="cappedKeys">Every key whose block (all the store's records holding it) is over its rule's cap.</param>
    /// <exception cref="ArgumentException">The profile's rules are not the request's, the caps do not fit the rules, or the model is unreadable or does not fit the profile.</exception>
    public PartitionPairScorer(CivilStatusProfile profile, StoreScoringRequest request, IEnumerable<(int Field, string Value, long Count)> termCounts, IReadOnlyList<long> fieldTotals, long records, IEnumerable<ulong> cappedKeys)
    {
        Core.Guard.NotNull(profile);
        Core.Guard.NotNull(request);
        Core.Guard.NotNull(termCounts);
        Core.Guard.NotNull(fieldTotals);
        Core.Guard.NotNull(cappedKeys);
        Core.Guard.NotNegative(records);
        if (PersonReferential.RulesOf(profile) != request.BlockingRules)
        {
            throw new ArgumentException("the request's blocking rules '" + request.BlockingRules + "' are not the profile's '" + PersonReferential.RulesOf(profile) + "': score with the profile the store was filled with", nameof(profile));
        }

        var rules = profile.Profile.BlockingRules.Count;
        if (request.RuleCaps is null || request.RuleCaps.Count != rules || request.RuleCaps.Any(c => c < 2) || request.RuleDescriptions is null || request.RuleDescriptions.Count != rules)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"request: give one description and one cap of 2 or more per rule ({rules} rules)"), nameof(request));
        }

        var model = ReadModel(profile, request.ModelDocument);
        var totals = new Dictionary<int, long>();
        for (var f = 0; f < fieldTotals.Count; f++)
        {
            totals[f] = fieldTotals[f];
        }

        this.profile = profile;
        preparer = new CivilStatusPreparer(profile);
        matcher = IdentityMatcher.Create(profile.Profile, model).WithCounts(TermFrequencies.FromCounts(profile.Profile, termCounts, totals, records));
        this.cappedKeys = [.. Enumerable.Range(0, rules).Select(_ => new HashSet<ulong>())];
        foreach (var key in cappedKeys)
        {
            if (BlockingKey.IsRuleOf(key, rules))
            {
                this.cappedKeys[BlockingKey.Rule(key) - 1].Add(key);
            }
        }

        maxDegreeOfParallelism = request.MaxDegreeOfParallelism;
        matchWeight = BulkLinkage.WeightOf(model.MatchThreshold);
        reviewWeight = BulkLinkage.WeightOf(model.ReviewThreshold);
    }

    /// <summary>How complete a stored record is (its identifying fields present), as best-link clustering weighs it.</summary>
    /// <param name="record">The stored record (its prepared form read when it has one this profile reads).</param>
    /// <returns>The completeness.</returns>
    /// <exception cref="ArgumentException">The record is null, or must be prepared and its document is not a record document.</exception>
    public int Completeness(StoredCandidate record) => PreparedOf(Core.Guard.NotNull(record), out _).Completeness;

    /// <summary>
    /// Scores the pairs that the blocks form first and keeps those whose weight reaches the review threshold. A block
    /// whose key is capped, or with fewer than two records, forms none. O(block pairs · (keys per record + scorer cost) / threads).
    /// </summary>
    /// <param name="blocks">The partition's blocks, each key once.</param>
    /// <param name="records">Every record of the blocks, by store position.</param>
    /// <param name="cancellationToken">Stops the run between blocks.</param>
    /// <returns>The kept pairs, the pairs compared and the pairs formed per rule.</returns>
    /// <exception cref="ArgumentException">A block's key is not of the profile's rules, or a member is missing, or must be prepared and its document is unreadable.</exception>
    public PartitionPairScoring Score(IReadOnlyList<HeldBlock> blocks, IReadOnlyDictionary<long, StoredCandidate> records, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotNull(blocks);
        Core.Guard.NotNull(records);
        var rules = cappedKeys.Length;
        var formed = new List<HeldBlock>();
        foreach (var block in blocks)
        {
            Core.Guard.NotNull(block, "blocks[i]");
            if (!BlockingKey.IsRuleOf(block.Key, rules))
            {
                throw new ArgumentException("blocks: a block's key is not of the profile's rules", nameof(blocks));
            }

            if (block.Members.Count >= 2 && !cappedKeys[BlockingKey.Rule(block.Key) - 1].Contains(block.Key))
            {
                formed.Add(block);
            }
        }

        // The records of the blocks, by ascending position: a lower index is a lower position, as in the store's order.
        var positions = DistinctPositions(formed);
        var index = new Dictionary<long, int>(positions.Length);
        for (var i = 0; i < positions.Length; i++)
        {
            index[positions[i]] = i;
        }

        var stored = new StoredCandidate[positions.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            stored[i] = records.TryGetValue(positions[i], out var record) && record?.Document is not null ? record
                : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"records: no record for position {positions[i]}"), nameof(records));
        }

        var prepared = new PreparedRecord[positions.Length];
        long fromDocuments = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, positions.Length, options, i =>
            {
                prepared[i] = PreparedOf(stored[i], out var fromDocument);
                if (fromDocument)
                {
                    Interlocked.Increment(ref fromDocuments);
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions[0] is ArgumentException first)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }

        var keys = new ulong[positions.Length][];
        var keyRules = new byte[positions.Length][];
        Parallel.For(0, positions.Length, options, i =>
        {
            var own = SortedDistinct(prepared[i].BlockingKeys.ToArray());
            var rules = new byte[own.Length];
            for (var k = 0; k < own.Length; k++)
            {
                rules[k] = unchecked((byte)(BlockingKey.Rule(own[k]) - 1));
            }

            keys[i] = own;
            keyRules[i] = rules;
        });

        var scorer = new MatcherPairScorer(matcher, prepared, matchWeight, reviewWeight);
        var kept = new List<SequenceEdge>[formed.Count];
        var compared = new long[formed.Count];
        var newPairs = new long[rules];
        Parallel.For(0, formed.Count, options, b =>
        {
            var block = formed[b];
            var rule = unchecked((byte)(BlockingKey.Rule(block.Key) - 1));
            var members = new int[block.Members.Count];
            for (var m = 0; m < members.Length; m++)
            {
                members[m] = index[block.Members[m]];
            }

            Array.Sort(members);
            var edges = new List<SequenceEdge>();
            long count = 0;
            for (var x = 0; x < members.Length; x++)
            {
                var i = members[x];
                for (var y = x + 1; y < members.Length; y++)
                {
                    var j = members[y];
                    if (BlockedPairs.SharesUncappedKeyBefore(keyRules[i], keys[i], keyRules[j], keys[j], rule, block.Key, false, cappedKeys))
                    {
                        continue;
                    }

                    count++;
                    var weight = scorer.Weight(i, j);
                    if (weight >= reviewWeight)
                    {
                        edges.Add(new SequenceEdge(positions[i], positions[j], weight));
                    }
                }
            }

            kept[b] = edges;
            compared[b] = count;
            Interlocked.Add(ref newPairs[rule], count);
        });

        var all = kept.SelectMany(e => e).OrderBy(e => e.Left).ThenBy(e => e.Right).ToArray();
        return new PartitionPairScoring(all, compared.Sum(), newPairs)
        {
            PreparedFromDocuments = fromDocuments,
            Positions = positions,
            RecordCompleteness = [.. prepared.Select(r => r.Completeness)],
        };
    }

    /// <summary>The distinct positions of the blocks' members, ascending.</summary>
    private static long[] DistinctPositions(List<HeldBlock> blocks)
    {
        var all = new long[blocks.Sum(b => (long)b.Members.Count)];
        var at = 0;
        foreach (var block in blocks)
        {
            foreach (var member in block.Members)
            {
                all[at++] = member;
            }
        }

        return SortedDistinct(all);
    }

    /// <summary>The values, each once, ascending: sorted in place, then the repeats dropped.</summary>
    private static T[] SortedDistinct<T>(T[] values)
        where T : IEquatable<T>
    {
        Array.Sort(values);
        var distinct = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (i == 0 || !values[i].Equals(values[i - 1]))
            {
                values[distinct++] = values[i];
            }
        }

        return distinct == values.Length ? values : values[..distinct];
    }

    private static MatchModel ReadModel(CivilStatusProfile profile, string? document)
    {
        if (string.IsNullOrWhiteSpace(document))
        {
            throw new ArgumentException("request.ModelDocument: the model document is empty", "request");
        }

        MatchModel? model;
        try
        {
            model = JsonSerializer.Deserialize(document, IdentityJsonContext.Default.MatchModel);
        }
        catch (JsonException e)
        {
            throw new ArgumentException("request.ModelDocument: not a readable model document: " + e.Message, "request", e);
        }

        var mismatch = model is null ? "the document is empty" : model.Mismatch(profile.Profile);
        return mismatch is null ? model! : throw new ArgumentException("request.ModelDocument: the model does not fit the profile: " + mismatch, "request");
    }

    // The record read from its prepared form, or prepared from its document when it has no form the profile reads.
    private PreparedRecord PreparedOf(StoredCandidate record, out bool fromDocument)
    {
        PreparedRecord? read = null;
        fromDocument = record.PreparedForm is not { } form || !profile.TryReadPrepared(form, out read);
        return read ?? preparer.Prepare(Read(record.Document));
    }

    private static PersonRecord Read(string document)
    {
        try
        {
            return JsonSerializer.Deserialize(document, IdentityJsonContext.Default.PersonRecord)
                ?? throw new ArgumentException("records: a stored record document is empty", "records");
        }
        catch (JsonException e)
        {
            throw new ArgumentException("records: a stored record document is not a record document: " + e.Message, "records", e);
        }
    }
}
