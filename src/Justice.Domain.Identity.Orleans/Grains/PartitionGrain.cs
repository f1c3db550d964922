using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Referential;
using Orleans;
using Orleans.Runtime;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>
/// A partition, its state in the grain storage <see cref="OrleansPersonStore.StorageName"/> (<see cref="PartitionState"/>)
/// and in the silo's memory. Orleans runs one call at a time on a grain, so a change is applied whole before the next
/// query is answered; a change is written to the storage before its reply, so that a reply means the change is
/// stored, and a partition whose silo stops is activated again elsewhere from its stored state. The grain stays active
/// for the silo's life (<see cref="KeepAliveAttribute"/>): its state is read once, at activation, not at each idle
/// period's end.
/// </summary>
[KeepAlive]
internal sealed class PartitionGrain(
    [PersistentState("partition", OrleansPersonStore.StorageName)] IPersistentState<PartitionState> stored,
    IEnumerable<CivilStatusProfile> profiles,
    ILocalSiloDetails silo)
    : Grain, IPartitionGrain
{
    private PartitionState State => stored.State;

    public Task<HomeEntry?[]> LookupAsync(string[] ids) =>
        Task.FromResult(ids.Select(id => State.Home.TryGetValue(id, out var slot)
            ? new HomeEntry(id, slot.Sequence, State.Records[slot.Sequence].Document, slot.Keys, slot.Terms, null)
            : null).ToArray());

    public async Task<ulong[]> ApplyAsync(ChangeId id, PartitionChange change, int hotKeyThreshold)
    {
        if (ChangeLog.Find(State.Recent, id) is { } applied)
        {
            return applied.Grown;
        }

        var grown = Apply(change, hotKeyThreshold);
        ChangeLog.Add(State.Recent, new AppliedChange(id, grown, null, 0));
        await WriteAsync().ConfigureAwait(true);
        return grown;
    }

    public Task<PartitionReply> FetchAsync(PartitionQuery query)
    {
        var hits = new KeyHit[query.Keys.Length];
        var records = new SortedDictionary<long, HeldRecord>();
        for (var i = 0; i < hits.Length; i++)
        {
            if (!State.Postings.TryGetValue(query.Keys[i], out var holders))
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
                        var record = State.Records[sequence];
                        records[sequence] = new HeldRecord(sequence, record.Id, record.Document, record.Prepared);
                    }
                }
            }
        }

        var counts = query.Terms.Select(t => State.Terms.GetValueOrDefault(t)).ToArray();
        return Task.FromResult(new PartitionReply(hits, [.. records.Values], counts));
    }

    public async Task<MovedPostings> TakeMovedAsync(ChangeId id, ulong key, int spread, int slot)
    {
        if (ChangeLog.Find(State.Recent, id) is { Moved: { } done })
        {
            return done;
        }

        MovedPostings taken;
        if (!State.Postings.TryGetValue(key, out var holders))
        {
            taken = new MovedPostings([], 0);
        }
        else
        {
            var moved = holders
                .Select(s => (Sequence: s, Record: State.Records[s]))
                .Where(h => KeyPartitioning.SlotOf(h.Record.Id, spread) != slot)
                .Select(h => new Posting(key, h.Sequence, h.Record.Id, h.Record.Document, h.Record.Prepared))
                .ToArray();
            foreach (var posting in moved)
            {
                RemovePosting(key, posting.Sequence);
            }

            taken = new MovedPostings(moved, State.Postings.TryGetValue(key, out var kept) ? kept.Count : 0);
        }

        ChangeLog.Add(State.Recent, new AppliedChange(id, [], taken, 0));
        await WriteAsync().ConfigureAwait(true);
        return taken;
    }

    public Task<HeldRecord[]> ReadHomeAsync(long after, int max) =>
        Task.FromResult(State.Home
            .Where(e => e.Value.Sequence > after)
            .OrderBy(e => e.Value.Sequence)
            .Take(max)
            .Select(e => new HeldRecord(e.Value.Sequence, e.Key, State.Records[e.Value.Sequence].Document, null))
            .ToArray());

    public Task<PartitionLoad> LoadAsync(ulong[] spreadKeys)
    {
        var spread = spreadKeys.ToHashSet();
        var postings = State.Postings;
        var held = postings.Keys.Where(spread.Contains).Order().ToArray();
        return Task.FromResult(new PartitionLoad(
            State.Home.Count, postings.Values.Sum(p => (long)p.Count), postings.Count - held.Length, held, State.Records.Values.LongCount(r => r.References > 0)));
    }

    public Task<PartitionCensus> CensusAsync(int[] caps, ulong[] spreadKeys)
    {
        var rules = caps.Length;
        var spread = spreadKeys.ToHashSet();
        var capped = new List<ulong>();
        var spreadHeld = new List<ulong>();
        var spreadCounts = new List<int>();
        int[] blocks = new int[rules], cappedBlocks = new int[rules], largest = new int[rules], keyed = new int[rules];
        long[] pairs = new long[rules], cappedRecords = new long[rules], cappedPairs = new long[rules];
        foreach (var (key, holders) in State.Postings)
        {
            var rule = RuleOf(key, rules);
            if (spread.Contains(key))
            {
                spreadHeld.Add(key);
                spreadCounts.Add(holders.Count);
                continue;
            }

            BlockCensus.Count(rule, holders.Count, caps[rule], blocks, pairs, cappedBlocks, cappedRecords, cappedPairs, largest);
            if (holders.Count > caps[rule])
            {
                capped.Add(key);
            }
        }

        foreach (var slot in State.Home.Values)
        {
            foreach (var rule in slot.Keys.Select(k => RuleOf(k, rules)).Distinct())
            {
                keyed[rule]++;
            }
        }

        return Task.FromResult(new PartitionCensus(
            [.. capped.Order()], [.. spreadHeld], [.. spreadCounts], keyed, blocks, pairs, cappedBlocks, cappedRecords, cappedPairs, largest, State.Home.Count));
    }

    public Task<HeldTerms> TermsAsync() =>
        Task.FromResult(new HeldTerms([.. State.Terms.Keys], [.. State.Terms.Values]));

    public Task<SiloAddress> SiloAsync() => Task.FromResult(silo.SiloAddress);

    public Task MoveAsync()
    {
        // The request context carries the target silo as a placement hint: MigrateOnIdle captures it, and the
        // activation's state travels with it (the persistent state takes part in the migration), so the new
        // activation does not read its storage.
        this.MigrateOnIdle();
        return Task.CompletedTask;
    }

    public async Task<ScoringReply> ScorePairsAsync(ScoringJob job, CancellationToken cancellationToken)
    {
        var profile = profiles.Concat([CivilStatusProfile.Default, CivilStatusProfile.WithoutNameEditRules])
            .FirstOrDefault(p => PersonReferential.RulesOf(p) == job.BlockingRules)
            ?? throw new InvalidOperationException(
                "no profile on this silo has the blocking rules '" + job.BlockingRules + "': register the referential's profile on every silo with AddReferentialProfile");
        var request = new StoreScoringRequest(job.BlockingRules, job.ModelDocument, job.RuleDescriptions, job.RuleCaps, job.MaxBlockSize, job.MaxDegreeOfParallelism);
        var terms = job.Terms.Select((t, i) => (t.Field, t.Value, job.TermCounts[i]));
        var scorer = new PartitionPairScorer(profile, request, terms, job.FieldTotals, job.Records, job.CappedKeys);

        // The grain is not reentrant: no other call runs on it until this one returns, so the work may read the state
        // on the thread pool (taken here: the storage bridge reads it only from the grain's context).
        var state = State;
        return await Task.Run(() => Score(state, job, scorer, cancellationToken), cancellationToken).ConfigureAwait(true);
    }

    private Task WriteAsync() => StateWriter.WriteAsync(stored, DeactivateOnIdle);

    private ulong[] Apply(PartitionChange change, int hotKeyThreshold)
    {
        foreach (var id in change.HomeRemoves)
        {
            if (State.Home.Remove(id, out var slot))
            {
                LeaveHome(slot.Sequence);
            }
        }

        foreach (var entry in change.HomeSets)
        {
            if (State.Home.TryGetValue(entry.Id, out var old))
            {
                LeaveHome(old.Sequence);
            }

            State.Home[entry.Id] = new HomeSlot(entry.Sequence, entry.Keys, entry.Terms);
            Copy(entry.Sequence, entry.Id, entry.Document, entry.Prepared).Home = true;
        }

        foreach (var posting in change.PostingRemoves)
        {
            RemovePosting(posting.Key, posting.Sequence);
        }

        var grown = new HashSet<ulong>();
        foreach (var posting in change.PostingAdds)
        {
            if (!State.Postings.TryGetValue(posting.Key, out var holders))
            {
                State.Postings[posting.Key] = holders = [];
            }

            if (holders.Add(posting.Sequence))
            {
                Copy(posting.Sequence, posting.Id, posting.Document, posting.Prepared).References++;
            }

            if (holders.Count > hotKeyThreshold)
            {
                grown.Add(posting.Key);
            }
        }

        foreach (var term in change.TermRemoves)
        {
            if (--State.Terms[term] == 0)
            {
                State.Terms.Remove(term);
            }
        }

        foreach (var term in change.TermAdds)
        {
            State.Terms[term] = State.Terms.GetValueOrDefault(term) + 1;
        }

        return [.. grown.Order()];
    }

    private static int RuleOf(ulong key, int rules)
    {
        var rule = (int)(key >> 60) - 1;
        return rule >= 0 && rule < rules ? rule
            : throw new InvalidOperationException("a stored blocking key is not of the request's rules: open the referential with the profile it was filled with");
    }

    private static ScoringReply Score(PartitionState state, ScoringJob job, PartitionPairScorer scorer, CancellationToken cancellationToken)
    {
        var rules = job.RuleCaps.Length;
        var spread = job.SpreadKeys.ToHashSet();
        var blocks = new List<HeldBlock>();
        var records = new Dictionary<long, StoredCandidate>();
        foreach (var (key, holders) in state.Postings)
        {
            if (holders.Count < 2 || spread.Contains(key) || holders.Count > job.RuleCaps[RuleOf(key, rules)])
            {
                continue;
            }

            blocks.Add(new HeldBlock(key, [.. holders]));
            foreach (var sequence in holders)
            {
                if (!records.ContainsKey(sequence))
                {
                    records[sequence] = CandidateOf(sequence, state.Records[sequence]);
                }
            }
        }

        foreach (var extra in job.ExtraBlocks)
        {
            blocks.Add(new HeldBlock(extra.Key, [.. extra.Members.Select(m => m.Sequence).Order()]));
            foreach (var member in extra.Members)
            {
                records.TryAdd(member.Sequence, new StoredCandidate(member.Sequence, member.Id, member.Document) { PreparedForm = member.Prepared });
            }
        }

        var scored = scorer.Score(blocks, records, cancellationToken);
        var home = state.Home.OrderBy(e => e.Value.Sequence).ToArray();
        var completeness = new int[home.Length];
        // A home record in the scored blocks was read or prepared for the scoring; only the others are read here.
        Parallel.For(0, home.Length, new ParallelOptions { MaxDegreeOfParallelism = job.MaxDegreeOfParallelism, CancellationToken = cancellationToken }, i =>
            completeness[i] = scored.CompletenessOf(home[i].Value.Sequence)
                ?? scorer.Completeness(CandidateOf(home[i].Value.Sequence, state.Records[home[i].Value.Sequence])));
        return new ScoringReply(
            [.. scored.Edges.Select(e => e.Left)],
            [.. scored.Edges.Select(e => e.Right)],
            [.. scored.Edges.Select(e => e.Weight)],
            scored.PairsCompared,
            [.. scored.NewPairsByRule],
            [.. home.Select(e => e.Value.Sequence)],
            [.. home.Select(e => e.Key)],
            completeness,
            scored.PreparedFromDocuments);
    }

    private static StoredCandidate CandidateOf(long sequence, StoredCopy copy) =>
        new(sequence, copy.Id, copy.Document) { PreparedForm = copy.Prepared };

    private StoredCopy Copy(long sequence, string id, string document, byte[]? prepared)
    {
        if (!State.Records.TryGetValue(sequence, out var copy))
        {
            State.Records[sequence] = copy = new StoredCopy { Id = id, Document = document, Prepared = prepared };
        }

        return copy;
    }

    private void LeaveHome(long sequence)
    {
        var copy = State.Records[sequence];
        copy.Home = false;
        DropUnused(sequence, copy);
    }

    private void RemovePosting(ulong key, long sequence)
    {
        if (!State.Postings.TryGetValue(key, out var holders) || !holders.Remove(sequence))
        {
            return;
        }

        if (holders.Count == 0)
        {
            State.Postings.Remove(key);
        }

        var copy = State.Records[sequence];
        copy.References--;
        DropUnused(sequence, copy);
    }

    private void DropUnused(long sequence, StoredCopy copy)
    {
        if (!copy.Home && copy.References == 0)
        {
            State.Records.Remove(sequence);
        }
    }
}
