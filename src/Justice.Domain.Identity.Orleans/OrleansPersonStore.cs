using System.Runtime.CompilerServices;
using Justice.Domain.Identity.Orleans.Grains;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Referential;
using Justice.Domain.Identity.Scoring;
using Orleans;
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace Justice.Domain.Identity.Orleans;

/// <summary>
/// A person store partitioned by blocking key over the grains of an Orleans cluster, used from a client (or a silo)
/// through its <see cref="IGrainFactory"/>. A <see cref="PersonReferential"/> opened on it computes each query's keys,
/// and <see cref="FetchCandidatesAsync"/> asks only the partitions that own them, in parallel, then unions their
/// candidates; the referential scores them in the calling process with its model, so that its ranked candidates are
/// those of the same records in <see cref="InMemoryPersonStore"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Layout.</b> A referential named <c>name</c> has <see cref="OrleansStoreOptions.Partitions"/> partition grains
/// (<c>name/0</c>, <c>name/1</c>, ...) and one catalog grain (<c>name</c>). A record lives on the partition of its
/// id's hash, with its document and the keys and terms it was stored with; each of its keys posts it on the partition
/// of the key's hash (see <see cref="KeyPartitioning"/>), which keeps a copy of the record to return it as a
/// candidate; each name value is counted on the partition of its hash. A key whose postings on one partition pass
/// <see cref="OrleansStoreOptions.HotKeyThreshold"/> has its spread doubled and its postings moved to their slots.
/// </para>
/// <para>
/// <b>Consistency.</b> The calls of one store object are serialised (one at a time), so its readers never see half a
/// batch and a cancelled batch writes nothing. Several store objects writing to one referential at once are not
/// coordinated.
/// </para>
/// <para>
/// <b>Durability.</b> The grains keep their state in the silos' memory and in the grain storage named
/// <see cref="StorageName"/>, which the silos' host provides (the ADO.NET provider on PostgreSQL for a deployment,
/// <see cref="ReferentialSiloBuilderExtensions.AddVolatileReferentialStorage"/> for state in memory only): each grain writes its whole state before it replies to a change. A grain whose silo
/// stops is activated again on another silo from its stored state. A call that fails because its silo stopped or
/// became unreachable is sent again (8 attempts at most, 2.8 s of pauses in all) and then lands on the new
/// activation; each changing call carries an identity (<c>ChangeId</c>) that the grain stores with its reply, so that
/// a change stored before its silo stopped, whose reply was lost, is not applied twice.
/// </para>
/// </remarks>
public sealed class OrleansPersonStore : IPairScoringStore, IDisposable
{
    /// <summary>The schema version an Orleans store reports.</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// The name of the grain storage the partition and catalog grains keep their state in: the silos' host registers
    /// a grain storage of this name (for example <c>AddAdoNetGrainStorage(OrleansPersonStore.StorageName, ...)</c>).
    /// </summary>
    public const string StorageName = "justice-identity";

    // The pause before the n-th new attempt of a call whose silo was lost is n times this, at most MaxRetryPause; the
    // pauses add up to OrleansStoreOptions.SiloLossRetryWindow.
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan MaxRetryPause = TimeSpan.FromSeconds(1);

    private readonly TimeSpan retryWindow;
    private readonly IGrainFactory grains;
    private readonly string name;
    private readonly int partitions;
    private readonly int threshold;
    private readonly int scoringPartitions;
    private readonly int readPageSize;
    private readonly SemaphoreSlim gate = new(1, 1);
    private Dictionary<ulong, int> spreads = [];
    private long spreadVersion = -1;
    private long writer;
    private long changes;

    /// <summary>A store on the referential <paramref name="name"/> of a cluster.</summary>
    /// <param name="grains">The cluster's grain factory (an <c>IClusterClient</c>, or a silo's).</param>
    /// <param name="name">The referential's name: the prefix of its grains' keys (no '/').</param>
    /// <param name="options">The partitioning (every client of one referential uses the same).</param>
    /// <exception cref="ArgumentException">The name is blank or holds '/', or an option is out of range.</exception>
    public OrleansPersonStore(IGrainFactory grains, string name, OrleansStoreOptions? options = null)
    {
        Core.Guard.NotNull(grains);
        Core.Guard.NotBlank(name);
        if (name.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("the referential's name must not hold '/'", nameof(name));
        }

        options ??= new OrleansStoreOptions();
        options.Check();
        this.grains = grains;
        this.name = name;
        partitions = options.Partitions;
        threshold = options.HotKeyThreshold;
        scoringPartitions = options.ScoringPartitions;
        readPageSize = options.ReadPageSize;
        retryWindow = options.SiloLossRetryWindow;
    }

    /// <summary>The number of partitions.</summary>
    public int Partitions => partitions;

    /// <inheritdoc/>
    public async Task<StoreWriteCounts> UpsertAsync(IReadOnlyList<StoredPerson> batch, CancellationToken cancellationToken = default)
    {
        StoreBatch.CheckDistinct(batch);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            await RefreshSpreadsAsync().ConfigureAwait(false);
            var existing = await LookupAsync(batch.Select(p => p.Id).ToArray()).ConfigureAwait(false);
            var changes = new ChangeSet(partitions);
            int added = 0, replaced = 0, unchanged = 0;
            var inserted = new List<StoredPerson>();
            foreach (var person in batch)
            {
                if (existing.TryGetValue(person.Id, out var old))
                {
                    if (old.Document == person.Document)
                    {
                        unchanged++;
                        continue;
                    }

                    Remove(changes, old, keepHome: true);
                    replaced++;
                }
                else
                {
                    added++;
                }

                inserted.Add(person);
            }

            if (inserted.Count > 0)
            {
                var reserve = await NextChangeAsync().ConfigureAwait(false);
                var first = await CallAsync(() => Catalog.ReserveAsync(reserve, inserted.Count)).ConfigureAwait(false);
                for (var i = 0; i < inserted.Count; i++)
                {
                    Insert(changes, inserted[i], first + i);
                }
            }

            await ApplyAsync(changes).ConfigureAwait(false);
            return new StoreWriteCounts(added, replaced, unchanged);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc/>
    public async Task<int> RemoveAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        StoreBatch.CheckIds(ids);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            await RefreshSpreadsAsync().ConfigureAwait(false);
            var existing = await LookupAsync(ids.Distinct(StringComparer.Ordinal).ToArray()).ConfigureAwait(false);
            var changes = new ChangeSet(partitions);
            foreach (var old in existing.Values)
            {
                Remove(changes, old, keepHome: false);
            }

            await ApplyAsync(changes).ConfigureAwait(false);
            return existing.Count;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc/>
    public async Task<CandidateFetch> FetchCandidatesAsync(CandidateRequest request, CancellationToken cancellationToken = default)
    {
        StoreBatch.Check(request);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (spreadVersion < 0)
            {
                await RefreshSpreadsAsync().ConfigureAwait(false);
            }

            // The catalog's totals travel beside the partitions' answers, so a query waits for one round of calls. The
            // partitions were asked with the spreads this store knew: when the catalog's spread table has moved on
            // since (another store object spread a key), the answers may miss a slot, and the query is asked again.
            while (true)
            {
                var totalsCall = CallAsync(() => Catalog.TotalsAsync());
                var (replies, queries, terms) = await AskPartitionsAsync(request).ConfigureAwait(false);
                var totals = await totalsCall.ConfigureAwait(false);
                if (totals.SpreadVersion != spreadVersion)
                {
                    await RefreshSpreadsAsync().ConfigureAwait(false);
                    continue;
                }

                return Assemble(request, totals, replies, queries, terms);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredCandidate> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<HeldRecord>[] parts;
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Each partition's home records in pages, so that no reply passes Orleans' largest message body.
            parts = await Task.WhenAll(Enumerable.Range(0, partitions).Select(async p =>
            {
                var records = new List<HeldRecord>();
                var after = long.MinValue;
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var from = after;
                    var page = await CallAsync(() => Partition(p).ReadHomeAsync(from, readPageSize)).ConfigureAwait(false);
                    records.AddRange(page);
                    if (page.Length < readPageSize)
                    {
                        return records;
                    }

                    after = page[^1].Sequence;
                }
            })).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }

        foreach (var record in parts.SelectMany(p => p).OrderBy(r => r.Sequence))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new StoredCandidate(record.Sequence, record.Id, record.Document);
        }
    }

    /// <inheritdoc/>
    public async Task<string?> ReadModelAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return (await CallAsync(() => Catalog.ModelAsync()).ConfigureAwait(false))?.Document;
    }

    /// <inheritdoc/>
    public Task SaveModelAsync(int version, string document, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotBlank(document);
        cancellationToken.ThrowIfCancellationRequested();
        return CallAsync(() => Catalog.SaveModelAsync(version, document));
    }

    /// <inheritdoc/>
    public Task<string?> ReadSettingAsync(string name, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotBlank(name);
        cancellationToken.ThrowIfCancellationRequested();
        return CallAsync(() => Catalog.SettingAsync(name));
    }

    /// <inheritdoc/>
    public Task SaveSettingAsync(string name, string value, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotBlank(name);
        Core.Guard.NotNull(value);
        cancellationToken.ThrowIfCancellationRequested();
        return CallAsync(() => Catalog.SaveSettingAsync(name, value));
    }

    /// <inheritdoc/>
    public async Task<StoreStatistics> StatisticsAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await RefreshSpreadsAsync().ConfigureAwait(false);
            var loads = await LoadsAsync().ConfigureAwait(false);
            var totals = await CallAsync(() => Catalog.TotalsAsync()).ConfigureAwait(false);
            var model = await CallAsync(() => Catalog.ModelAsync()).ConfigureAwait(false);
            var distinct = loads.Sum(l => l.OrdinaryKeys) + loads.SelectMany(l => l.SpreadKeysHeld).Distinct().LongCount();
            return new StoreStatistics(totals.Records, loads.Sum(l => l.Postings), distinct, SchemaVersion, model?.Version);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Each partition scores the blocks of the keys it owns where they lie: a first round of calls finds the keys over
    /// their cap (a spread key's size summed over its slots) and gathers the term counts; then each partition prepares
    /// the records of its blocks, scores the pairs its blocks form first and returns only the pairs kept, with its home
    /// records' positions and completeness. The block of a spread key within its cap (rare: a key spreads when it is
    /// larger than <see cref="OrleansStoreOptions.HotKeyThreshold"/>) is gathered from its slots and scored by the
    /// partition of its first slot. At most <see cref="OrleansStoreOptions.ScoringPartitions"/> partitions score at
    /// once. Progress is reported as each partition finishes.
    /// </remarks>
    public async Task<StoreScoring> ScorePairsAsync(StoreScoringRequest request, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotNull(request);
        if (request.RuleCaps is null || request.RuleDescriptions is null || request.RuleCaps.Count != request.RuleDescriptions.Count)
        {
            throw new ArgumentException("request: give one description and one cap per rule", nameof(request));
        }

        var caps = request.RuleCaps.ToArray();
        var rules = caps.Length;
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            await RefreshSpreadsAsync().ConfigureAwait(false);
            ulong[] spreadKeys = [.. spreads.Keys.Order()];
            var censusCall = Task.WhenAll(Enumerable.Range(0, partitions).Select(p => CallAsync(() => Partition(p).CensusAsync(caps, spreadKeys))));
            var termsCall = Task.WhenAll(Enumerable.Range(0, partitions).Select(p => CallAsync(() => Partition(p).TermsAsync())));
            var totals = await CallAsync(() => Catalog.TotalsAsync()).ConfigureAwait(false);
            var census = await censusCall.ConfigureAwait(false);
            var heldTerms = await termsCall.ConfigureAwait(false);

            var report = new RuleCounts(rules);
            foreach (var part in census)
            {
                report.Add(part);
            }

            var capped = census.SelectMany(c => c.CappedKeys).ToList();
            var spreadSizes = new SortedDictionary<ulong, int>();
            foreach (var part in census)
            {
                for (var i = 0; i < part.SpreadKeys.Length; i++)
                {
                    spreadSizes[part.SpreadKeys[i]] = spreadSizes.GetValueOrDefault(part.SpreadKeys[i]) + part.SpreadCounts[i];
                }
            }

            var extra = new List<ExtraBlock>[partitions];
            foreach (var (key, size) in spreadSizes)
            {
                var rule = (int)(key >> 60) - 1;
                if (rule < 0 || rule >= rules)
                {
                    throw new InvalidOperationException("a stored blocking key is not of the request's rules: open the referential with the profile it was filled with");
                }

                report.Count(rule, size, caps[rule]);
                if (size > caps[rule])
                {
                    capped.Add(key);
                }
                else if (size >= 2)
                {
                    var members = await GatherAsync(key, caps[rule]).ConfigureAwait(false);
                    (extra[KeyPartitioning.PartitionOf(key, 0, partitions)] ??= []).Add(new ExtraBlock(key, members));
                }
            }

            var terms = heldTerms.SelectMany(t => t.Terms).ToArray();
            var termCounts = heldTerms.SelectMany(t => t.Counts).ToArray();
            ulong[] cappedKeys = [.. capped.Order()];
            var replies = new ScoringReply[partitions];
            long compared = 0;
            using var slots = new SemaphoreSlim(scoringPartitions);
            await Task.WhenAll(Enumerable.Range(0, partitions).Select(async p =>
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    var job = new ScoringJob(
                        request.BlockingRules, request.ModelDocument, caps, request.MaxBlockSize, request.MaxDegreeOfParallelism,
                        cappedKeys, spreadKeys, terms, termCounts, totals.FieldTotals, totals.Records, [.. extra[p] ?? []], [.. request.RuleDescriptions]);
                    replies[p] = await CallAsync(() => Partition(p).ScorePairsAsync(job, cancellationToken)).ConfigureAwait(false);
                    progress?.Report(Interlocked.Add(ref compared, replies[p].PairsCompared));
                }
                finally
                {
                    slots.Release();
                }
            })).ConfigureAwait(false);

            return Assemble(replies, report, request.RuleDescriptions, request.MaxBlockSize);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>What each partition holds: its records, postings and the records it keeps for its postings.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One line per partition, by partition number.</returns>
    public async Task<IReadOnlyList<PartitionSize>> PartitionSizesAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await RefreshSpreadsAsync().ConfigureAwait(false);
            var loads = await LoadsAsync().ConfigureAwait(false);
            return [.. loads.Select((l, p) => new PartitionSize(p, l.HomeRecords, l.Postings, l.HeldRecords))];
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The hot keys: each key spread over more than one partition, with its spread (the number of partitions its postings lie on).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The spread keys; a key not in it has a spread of 1.</returns>
    public async Task<IReadOnlyDictionary<ulong, int>> SpreadKeysAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await RefreshSpreadsAsync().ConfigureAwait(false);
            return new Dictionary<ulong, int>(spreads);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The silo each partition is active on (a partition not active yet is activated by the question).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>For each partition, by partition number, its silo.</returns>
    public async Task<IReadOnlyList<SiloAddress>> PartitionSilosAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await SilosAsync().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Spreads the partitions evenly over the cluster's active silos, for example after a silo has joined: each silo
    /// ends with ⌊N/S⌋ or ⌈N/S⌉ of the N partitions, in the fewest moves (<c>PartitionBalance</c>). A partition moves
    /// by Orleans grain migration, its state with it, so it loses no record and is not read back from storage; the
    /// calls that reach it during the move wait for its new activation. Until the rebalance, a silo that joins takes
    /// only the activations placed after it joined, and the partitions stay where they are.
    /// </summary>
    /// <remarks>
    /// The store's other calls wait until the rebalance ends. Each move is asked of Orleans with a placement hint
    /// naming the target silo, then awaited (at most <c>moveChecks</c> checks of its silo, 0.1 s apart, 5 s in all);
    /// a partition that Orleans keeps elsewhere is reported with <see cref="PartitionMove.Moved"/> false and keeps
    /// serving where it is. O(N) grain calls plus one migration per move, each carrying the partition's whole state.
    /// </remarks>
    /// <param name="cancellationToken">Cancels the rebalance between moves (the moves already made stay made).</param>
    /// <returns>The moves planned, by partition number; empty when the partitions are already balanced.</returns>
    public async Task<IReadOnlyList<PartitionMove>> RebalanceAsync(CancellationToken cancellationToken = default)
    {
        const int moveChecks = 50;
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).ConfigureAwait(false);
            var placed = await SilosAsync().ConfigureAwait(false);

            // A silo that answered for a partition is counted even if the membership has not listed it yet.
            var silos = hosts.Keys.Concat(placed).Distinct().OrderBy(s => s.ToParsableString(), StringComparer.Ordinal).ToArray();
            var index = silos.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
            var plan = PartitionBalance.Plan([.. placed.Select(s => index[s])], silos.Length);
            var moves = new List<PartitionMove>(plan.Count);
            foreach (var (partition, from, to) in plan)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var target = silos[to];
                var previous = RequestContext.Get(IPlacementDirector.PlacementHintKey);
                RequestContext.Set(IPlacementDirector.PlacementHintKey, target);
                try
                {
                    await CallAsync(() => Partition(partition).MoveAsync()).ConfigureAwait(false);
                }
                finally
                {
                    if (previous is null)
                    {
                        RequestContext.Remove(IPlacementDirector.PlacementHintKey);
                    }
                    else
                    {
                        RequestContext.Set(IPlacementDirector.PlacementHintKey, previous);
                    }
                }

                var now = placed[partition];
                for (var check = 0; check < moveChecks && !now.Equals(target); check++)
                {
                    await Task.Delay(RetryPause, cancellationToken).ConfigureAwait(false);
                    now = await CallAsync(() => Partition(partition).SiloAsync()).ConfigureAwait(false);
                }

                moves.Add(new PartitionMove(partition, placed[partition], target, now.Equals(target)));
            }

            return moves;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => gate.Dispose();

    private ICatalogGrain Catalog => grains.GetGrain<ICatalogGrain>(name);

    private IPartitionGrain Partition(int partition) =>
        grains.GetGrain<IPartitionGrain>(name + "/" + partition.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private Task<SiloAddress[]> SilosAsync() =>
        Task.WhenAll(Enumerable.Range(0, partitions).Select(p => CallAsync(() => Partition(p).SiloAsync())));

    private Task<PartitionLoad[]> LoadsAsync()
    {
        ulong[] spread = [.. spreads.Keys.Order()];
        return Task.WhenAll(Enumerable.Range(0, partitions).Select(p => CallAsync(() => Partition(p).LoadAsync(spread))));
    }

    // The records of a spread key's block, from each of its slots.
    private async Task<HeldRecord[]> GatherAsync(ulong key, int cap)
    {
        var spread = spreads.GetValueOrDefault(key, 1);
        var replies = await Task.WhenAll(Enumerable.Range(0, spread).Select(slot => CallAsync(() =>
            Partition(KeyPartitioning.PartitionOf(key, slot, partitions)).FetchAsync(new PartitionQuery([key], [int.MaxValue], []))))).ConfigureAwait(false);
        return [.. replies.SelectMany(r => r.Records).DistinctBy(r => r.Sequence).OrderBy(r => r.Sequence)];
    }

    private static StoreScoring Assemble(ScoringReply[] replies, RuleCounts counts, IReadOnlyList<string> names, int maxBlockSize)
    {
        var rules = names.Count;
        var home = replies
            .SelectMany(r => r.HomeSequences.Select((s, i) => (Sequence: s, Id: r.HomeIds[i], Completeness: r.HomeCompleteness[i])))
            .OrderBy(h => h.Sequence)
            .ToArray();
        var index = new Dictionary<long, int>(home.Length);
        for (var i = 0; i < home.Length; i++)
        {
            index[home[i].Sequence] = i;
        }

        var edges = replies
            .SelectMany(r => r.Lefts.Select((l, i) => new ScoredEdge(index[l], index[r.Rights[i]], r.Weights[i])))
            .OrderBy(e => e.Left)
            .ThenBy(e => e.Right)
            .ToArray();
        var newPairs = new long[rules];
        foreach (var reply in replies)
        {
            for (var r = 0; r < rules; r++)
            {
                newPairs[r] += reply.NewPairs[r];
            }
        }

        var report = new BlockingReport(home.Length, maxBlockSize, newPairs.Sum(), [.. Enumerable.Range(0, rules).Select(r => counts.Report(r, names[r], newPairs[r]))]);
        return new StoreScoring([.. home.Select(h => h.Id)], [.. home.Select(h => h.Completeness)], edges, replies.Sum(r => r.PairsCompared), report)
        {
            PreparedFromDocuments = replies.Sum(r => r.PreparedFromDocuments),
        };
    }

    private async Task RefreshSpreadsAsync()
    {
        var (keys, values, version) = await CallAsync(() => Catalog.SpreadsAsync()).ConfigureAwait(false);
        if (version != spreadVersion)
        {
            spreads = keys.Zip(values).ToDictionary(e => e.First, e => e.Second);
            spreadVersion = version;
        }
    }

    private async Task<Dictionary<string, HomeEntry>> LookupAsync(string[] ids)
    {
        var groups = ids.GroupBy(id => KeyPartitioning.HomeOf(id, partitions)).ToArray();
        var found = await Task.WhenAll(groups.Select(g => CallAsync(() => Partition(g.Key).LookupAsync([.. g])))).ConfigureAwait(false);
        return found.SelectMany(f => f).OfType<HomeEntry>().ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    private int PostingPartition(ulong key, string id)
    {
        var spread = spreads.GetValueOrDefault(key, 1);
        return KeyPartitioning.PartitionOf(key, KeyPartitioning.SlotOf(id, spread), partitions);
    }

    private void Remove(ChangeSet changes, HomeEntry old, bool keepHome)
    {
        if (!keepHome)
        {
            changes.Of(KeyPartitioning.HomeOf(old.Id, partitions)).HomeRemoves.Add(old.Id);
        }

        foreach (var key in old.Keys)
        {
            changes.Of(PostingPartition(key, old.Id)).PostingRemoves.Add(new Posting(key, old.Sequence, old.Id, string.Empty, null));
        }

        foreach (var term in old.Terms)
        {
            changes.Of(KeyPartitioning.PartitionOfTerm(term.Field, term.Value, partitions)).TermRemoves.Add(term);
            changes.Count(term.Field, -1);
        }

        changes.Records--;
    }

    private void Insert(ChangeSet changes, StoredPerson person, long sequence)
    {
        PartitionTerm[] terms = [.. person.Terms.Select(t => new PartitionTerm(t.Field, t.Value))];
        changes.Of(KeyPartitioning.HomeOf(person.Id, partitions)).HomeSets.Add(new HomeEntry(person.Id, sequence, person.Document, [.. person.BlockingKeys], terms, person.PreparedForm));
        foreach (var key in person.BlockingKeys)
        {
            changes.Of(PostingPartition(key, person.Id)).PostingAdds.Add(new Posting(key, sequence, person.Id, person.Document, person.PreparedForm));
        }

        foreach (var term in terms)
        {
            changes.Of(KeyPartitioning.PartitionOfTerm(term.Field, term.Value, partitions)).TermAdds.Add(term);
            changes.Count(term.Field, 1);
        }

        changes.Records++;
    }

    private async Task ApplyAsync(ChangeSet changes)
    {
        var grown = await ApplyTouchedAsync(changes).ConfigureAwait(false);
        if (changes.Records != 0 || changes.FieldDeltas.Any(d => d != 0))
        {
            var id = await NextChangeAsync().ConfigureAwait(false);
            await CallAsync(() => Catalog.AddCountsAsync(id, changes.Records, [.. changes.FieldDeltas])).ConfigureAwait(false);
        }

        foreach (var key in grown.SelectMany(g => g).Distinct().Order())
        {
            await SpreadAsync(key).ConfigureAwait(false);
        }
    }

    // Each partition a change touches applies its part, once whatever the retries (one change identity per partition).
    private async Task<ulong[][]> ApplyTouchedAsync(ChangeSet changes)
    {
        var touched = changes.Touched().ToArray();
        var ids = await NextChangesAsync(touched.Length).ConfigureAwait(false);
        return await Task.WhenAll(touched.Select((p, i) => CallAsync(() => Partition(p.Partition).ApplyAsync(ids[i], p.Change, threshold)))).ConfigureAwait(false);
    }

    private async Task<ChangeId> NextChangeAsync() => (await NextChangesAsync(1).ConfigureAwait(false))[0];

    // Changing calls are made under the gate, so the numbers need no lock; the writer number is asked of the catalog
    // at the first change.
    private async Task<ChangeId[]> NextChangesAsync(int count)
    {
        if (writer == 0)
        {
            writer = await CallAsync(() => Catalog.NewWriterAsync()).ConfigureAwait(false);
        }

        var ids = new ChangeId[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = new ChangeId(writer, ++changes);
        }

        return ids;
    }

    private async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        var waited = TimeSpan.Zero;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (Exception e) when (waited < retryWindow && IsSiloLoss(e))
            {
                var pause = RetryPause * attempt < MaxRetryPause ? RetryPause * attempt : MaxRetryPause;
                waited += pause;
                await Task.Delay(pause).ConfigureAwait(false);
            }
        }
    }

    private Task CallAsync(Func<Task> call) => CallAsync(async () =>
    {
        await call().ConfigureAwait(false);
        return true;
    });

    // The failures of a call whose silo stopped or cannot be reached: the message was rejected (silo unavailable or
    // shutting down, activation gone), the connection to a gateway that died failed, or no reply came. A failure of
    // the grain's own code is not retried.
    private static bool IsSiloLoss(Exception e) =>
        e is OrleansMessageRejectionException or global::Orleans.Runtime.Messaging.ConnectionFailedException or TimeoutException;

    // Doubles a hot key's spread (up to the number of partitions) and moves each of its postings to its new slot,
    // until no slot holds more than the threshold or the key is on every partition: the spread an import reaches is
    // then the smallest that fits, whatever the order and the batches of the records (PartitionPlan computes it).
    private async Task SpreadAsync(ulong key)
    {
        while (true)
        {
            var spread = spreads.GetValueOrDefault(key, 1);
            if (spread >= partitions)
            {
                return;
            }

            var wider = Math.Min(spread * 2, partitions);
            var ids = await NextChangesAsync(spread).ConfigureAwait(false);
            var taken = await Task.WhenAll(Enumerable.Range(0, spread).Select(slot => CallAsync(() =>
                Partition(KeyPartitioning.PartitionOf(key, slot, partitions)).TakeMovedAsync(ids[slot], key, wider, slot)))).ConfigureAwait(false);
            await CallAsync(() => Catalog.SetSpreadAsync(key, wider)).ConfigureAwait(false);
            await RefreshSpreadsAsync().ConfigureAwait(false);
            var changes = new ChangeSet(partitions);
            foreach (var posting in taken.SelectMany(t => t.Moved))
            {
                changes.Of(PostingPartition(key, posting.Id)).PostingAdds.Add(posting);
            }

            var grown = await ApplyTouchedAsync(changes).ConfigureAwait(false);
            // The slots that kept postings are over the threshold still, or a slot that received them is.
            if (!grown.Any(g => g.Contains(key)) && taken.All(t => t.Kept <= threshold))
            {
                return;
            }
        }
    }

    private async Task<(PartitionReply[] Replies, (int Partition, PartitionQuery Query)[] Queries, (int Partition, int Index, PartitionTerm Term)[] Terms)> AskPartitionsAsync(CandidateRequest request)
    {
        // Every slot of each block key, on the partition that owns it.
        var keys = new List<(int Partition, ulong Key, int Cap)>();
        foreach (var block in request.Blocks)
        {
            var spread = spreads.GetValueOrDefault(block.Key, 1);
            for (var slot = 0; slot < spread; slot++)
            {
                keys.Add((KeyPartitioning.PartitionOf(block.Key, slot, partitions), block.Key, block.MaxBlockSize));
            }
        }

        var terms = request.Terms.Select((t, i) => (Partition: KeyPartitioning.PartitionOfTerm(t.Field, t.Value, partitions), Index: i, Term: new PartitionTerm(t.Field, t.Value))).ToArray();
        var asked = keys.Select(k => k.Partition).Concat(terms.Select(t => t.Partition)).Distinct().Order().ToArray();
        var queries = asked.Select(p => (Partition: p, Query: new PartitionQuery(
            [.. keys.Where(k => k.Partition == p).Select(k => k.Key)],
            [.. keys.Where(k => k.Partition == p).Select(k => k.Cap)],
            [.. terms.Where(t => t.Partition == p).Select(t => t.Term)]))).ToArray();
        var replies = await Task.WhenAll(queries.Select(q => CallAsync(() => Partition(q.Partition).FetchAsync(q.Query)))).ConfigureAwait(false);
        return (replies, queries, terms);
    }

    private static CandidateFetch Assemble(CandidateRequest request, CatalogTotals totals, PartitionReply[] replies, (int Partition, PartitionQuery Query)[] queries, (int Partition, int Index, PartitionTerm Term)[] terms)
    {
        // A block is used when the records holding its key, summed over the key's slots (one partition each),
        // are within its cap; a key asked by two block queries is answered twice by each slot, and counted once.
        var records = new Dictionary<long, HeldRecord>();
        foreach (var record in replies.SelectMany(r => r.Records))
        {
            records[record.Sequence] = record;
        }

        var slotCounts = new Dictionary<(ulong Key, int Partition), int>();
        for (var r = 0; r < replies.Length; r++)
        {
            foreach (var hit in replies[r].Hits)
            {
                slotCounts[(hit.Key, queries[r].Partition)] = hit.Count;
            }
        }

        var sizes = new Dictionary<ulong, long>();
        foreach (var ((key, _), count) in slotCounts)
        {
            sizes[key] = sizes.GetValueOrDefault(key) + count;
        }

        var found = new SortedSet<long>();
        for (var r = 0; r < replies.Length; r++)
        {
            var query = queries[r].Query;
            for (var i = 0; i < replies[r].Hits.Length; i++)
            {
                var hit = replies[r].Hits[i];
                if (sizes[hit.Key] <= query.Caps[i])
                {
                    found.UnionWith(hit.Holders);
                }
            }
        }

        var candidates = found.Select(s => new StoredCandidate(s, records[s].Id, records[s].Document) { PreparedForm = records[s].Prepared }).ToArray();
        var counts = new long[request.Terms.Count];
        for (var r = 0; r < replies.Length; r++)
        {
            var mine = terms.Where(t => t.Partition == queries[r].Partition).ToArray();
            for (var i = 0; i < mine.Length; i++)
            {
                counts[mine[i].Index] = replies[r].TermCounts[i];
            }
        }

        var fieldTotals = request.Terms.Select(t => t.Field).Distinct()
            .ToDictionary(f => f, f => f < totals.FieldTotals.Length ? totals.FieldTotals[f] : 0L);
        return new CandidateFetch(candidates, counts, fieldTotals, totals.Records);
    }

    private sealed class ChangeSet(int partitions)
    {
        private readonly Builder?[] builders = new Builder?[partitions];

        public long Records { get; set; }

        public List<long> FieldDeltas { get; } = [];

        public Builder Of(int partition) => builders[partition] ??= new Builder();

        public void Count(int field, int delta)
        {
            while (FieldDeltas.Count <= field)
            {
                FieldDeltas.Add(0);
            }

            FieldDeltas[field] += delta;
        }

        public IEnumerable<(int Partition, PartitionChange Change)> Touched()
        {
            for (var p = 0; p < builders.Length; p++)
            {
                if (builders[p] is { } b)
                {
                    yield return (p, new PartitionChange([.. b.HomeRemoves], [.. b.HomeSets], [.. b.PostingRemoves], [.. b.PostingAdds], [.. b.TermRemoves], [.. b.TermAdds]));
                }
            }
        }
    }

    private sealed class Builder
    {
        public List<string> HomeRemoves { get; } = [];

        public List<HomeEntry> HomeSets { get; } = [];

        public List<Posting> PostingRemoves { get; } = [];

        public List<Posting> PostingAdds { get; } = [];

        public List<PartitionTerm> TermRemoves { get; } = [];

        public List<PartitionTerm> TermAdds { get; } = [];
    }
}
