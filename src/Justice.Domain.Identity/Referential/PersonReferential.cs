using System.Text.Json;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Serialization;

namespace Justice.Domain.Identity.Referential;

/// <summary>
/// <i>Référentiel de personnes</i> kept in a store (<see cref="IPersonStore"/>): records imported in atomic batches,
/// removed by id, searched one query at a time, deduplicated in bulk, with the match model stored beside them.
/// </summary>
/// <remarks>
/// <para>
/// <b>The same answers as the in-memory index.</b> <see cref="FindAsync"/> asks the store for the records sharing a
/// blocking key with the query (blocks over their cap skipped, as <see cref="IdentityIndex"/> skips them) and for the
/// counts of the query's name values, then ranks the candidates in the process with the same routine as
/// <see cref="IdentityIndex.Find"/>. An index built from the stored records in their store order gives the same ranked
/// candidates, with the same explanations; the contract tests check it on every store.
/// </para>
/// <para>
/// <b>Batches.</b> <see cref="ImportAsync"/> checks each record first: a record that breaks a rule (no id, an id over
/// <see cref="StoreBatch.MaxIdLength"/> characters, an id with an unpaired surrogate, an id seen earlier in the same import) is rejected with its
/// reason and the rest of its batch is stored. Each batch is then written atomically: a failure in the middle of a
/// batch leaves none of it, the batches before it stay, and running the same import again stores the rest and leaves
/// the records already stored unchanged.
/// </para>
/// <para>
/// <b>Threading.</b> Any number of threads may call <see cref="FindAsync"/> at once; writes go to the store, which
/// takes one writer at a time. <see cref="UseModelAsync"/> and <see cref="TrainAsync"/> change the model the
/// referential scores with: call them before serving queries.
/// </para>
/// </remarks>
public sealed class PersonReferential
{
    /// <summary>
    /// The default number of records written per batch: large, because a store's index costs least per record when a
    /// batch writes each of its pages once (a SQLite store rewrites each key bucket a batch touches, a PostgreSQL store
    /// stages a batch with one <c>COPY</c>); a failure loses at most the batch being written.
    /// </summary>
    public const int DefaultBatchSize = 100_000;

    /// <summary>
    /// The setting that records the profile's blocking rules on the first write: a store's keys are those rules', so a
    /// referential opened later with other rules would find nothing through them.
    /// </summary>
    public const string BlockingRulesSetting = "blocking-rules";

    private readonly int[] caps;
    private readonly Lazy<CivilStatusPreparer> storedFormPreparer;

    // Candidates prepared by earlier queries, by store position: a position never changes its record (a replaced record
    // takes a new one, and positions are never reused), so an entry is never stale. Cleared when full.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, PreparedRecord> preparedCandidates = new();

    private PersonReferential(IPersonStore store, CivilStatusProfile profile, MatchModel model, bool storedModel, int maxBlockSize)
    {
        Store = store;
        Profile = profile;
        MaxBlockSize = maxBlockSize;
        Matcher = IdentityMatcher.Create(profile.Profile, model);
        HasStoredModel = storedModel;
        caps = [.. profile.Profile.BlockingRules.Select(r => r.CapIn(maxBlockSize))];
        storedFormPreparer = new(() => new CivilStatusPreparer(profile));
    }

    /// <summary>The store.</summary>
    public IPersonStore Store { get; }

    /// <summary>The profile records are prepared with.</summary>
    public CivilStatusProfile Profile { get; }

    /// <summary>The matcher of the current model (term frequencies are read from the store for each query).</summary>
    public IdentityMatcher Matcher { get; private set; }

    /// <summary>The current match model.</summary>
    public MatchModel Model => Matcher.Model;

    /// <summary>Whether the current model is the store's (false: the profile's untrained model, until one is trained or given).</summary>
    public bool HasStoredModel { get; private set; }

    /// <summary>How many prepared candidates <see cref="FindAsync"/> keeps between queries (about 1 KB each).</summary>
    public const int PreparedCandidateCache = 100_000;

    /// <summary>Blocks larger than this are skipped, as in <see cref="IdentityIndex.MaxBlockSize"/>.</summary>
    public int MaxBlockSize { get; }

    /// <summary>Opens the referential of a store: its stored model, or the profile's untrained model when it has none.</summary>
    /// <param name="store">The store.</param>
    /// <param name="profile">The profile (<see cref="CivilStatusProfile.Default"/> when null). A store is always opened with the profile it was filled with: the blocking keys are the profile's.</param>
    /// <param name="maxBlockSize">The largest block compared (2 or more).</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The referential.</returns>
    /// <exception cref="InvalidOperationException">The stored model is unreadable or does not fit the profile.</exception>
    public static async Task<PersonReferential> OpenAsync(IPersonStore store, CivilStatusProfile? profile = null, int maxBlockSize = 1000, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotNull(store);
        Core.Guard.InRange(maxBlockSize, 2, int.MaxValue);
        profile ??= CivilStatusProfile.Default;
        var rules = await store.ReadSettingAsync(BlockingRulesSetting, cancellationToken).ConfigureAwait(false);
        if (rules is not null && rules != RulesOf(profile))
        {
            throw new InvalidOperationException(
                "the referential's keys were written with the blocking rules '" + rules + "', not with the profile's '" + RulesOf(profile)
                + "': open it with the profile it was filled with (for example CivilStatusProfile.WithoutNameEditRules)");
        }

        var document = await store.ReadModelAsync(cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return new PersonReferential(store, profile, MatchModel.Initial(profile.Profile), storedModel: false, maxBlockSize);
        }

        MatchModel? model;
        try
        {
            model = JsonSerializer.Deserialize(document, IdentityJsonContext.Default.MatchModel);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException("the stored match model is not a readable model document: " + e.Message, e);
        }

        var mismatch = model is null ? "the document is empty" : model.Mismatch(profile.Profile);
        if (mismatch is not null)
        {
            throw new InvalidOperationException("the stored match model does not fit the profile: " + mismatch);
        }

        return new PersonReferential(store, profile, model!, storedModel: true, maxBlockSize);
    }

    /// <summary>The blocking rules of a profile, as <see cref="BlockingRulesSetting"/> records them: the profile's name, then its rules' names.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>For example <c>civil-status: rule-a, rule-b</c>.</returns>
    public static string RulesOf(CivilStatusProfile profile)
    {
        Core.Guard.NotNull(profile);
        return profile.Profile.Name + ": " + string.Join(", ", profile.Profile.BlockingRules.Select(r => r.Name));
    }

    /// <summary>Stores <paramref name="model"/> and scores with it from now on.</summary>
    /// <param name="model">A model of the referential's profile.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    /// <exception cref="ArgumentException">The model does not fit the profile.</exception>
    public async Task UseModelAsync(MatchModel model, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotNull(model);
        var matcher = IdentityMatcher.Create(Profile.Profile, model);
        await Store.SaveModelAsync(model.Version, JsonSerializer.Serialize(model, IdentityJsonContext.Default.MatchModel), cancellationToken).ConfigureAwait(false);
        (Matcher, HasStoredModel) = (matcher, true);
    }

    /// <summary>Trains a model on the stored records (unsupervised, <see cref="ModelTrainer"/>), stores it and scores with it.</summary>
    /// <param name="options">Training options (defaults when null).</param>
    /// <param name="cancellationToken">Cancels the training.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidOperationException">The store holds fewer than two records.</exception>
    public async Task<MatchModel> TrainAsync(TrainingOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAllAsync(cancellationToken).ConfigureAwait(false);
        if (prepared.Length < 2)
        {
            throw new InvalidOperationException("training needs at least two stored records");
        }

        var model = ModelTrainer.Train(Profile.Profile, prepared, options ?? new TrainingOptions());
        await UseModelAsync(model, cancellationToken).ConfigureAwait(false);
        return model;
    }

    /// <summary>
    /// Imports records in batches: each record is checked (a bad one is rejected with its reason, the others go
    /// through), then each batch is added or replaced by id atomically.
    /// </summary>
    /// <param name="records">
    /// The records, in order, enumerated once as the import goes: a batch is written while the next one is read and
    /// prepared, so a file streamed row by row need not be held in memory. When the enumeration throws, the batch being
    /// written commits or rolls back before the error goes up, and the batches before it stay.
    /// </param>
    /// <param name="batchSize">Records per batch (1 or more).</param>
    /// <param name="progress">Told the running summary after each batch.</param>
    /// <param name="cancellationToken">Stops the import between batches or cancels the batch being written (the batches before it stay).</param>
    /// <returns>The summary.</returns>
    public async Task<ReferentialImportSummary> ImportAsync(IEnumerable<PersonRecord?> records, int batchSize = DefaultBatchSize, IProgress<ReferentialImportSummary>? progress = null, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotNull(records);
        Core.Guard.Positive(batchSize);
        if (await Store.ReadSettingAsync(BlockingRulesSetting, cancellationToken).ConfigureAwait(false) is null)
        {
            await Store.SaveSettingAsync(BlockingRulesSetting, RulesOf(Profile), cancellationToken).ConfigureAwait(false);
        }

        // Each batch is prepared on all cores while the batch before it is written; a batch starts writing only once
        // the one before it is stored, so batches commit in input order.
        var preparer = new CivilStatusPreparer(Profile);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<RecordError>();
        var batch = new List<PersonRecord>(batchSize);
        var written = StoreWriteCounts.None;
        Task<StoreWriteCounts>? writing = null;
        var readThroughWriting = 0;
        var read = 0;

        async Task WriteAsync()
        {
            var stored = new StoredPerson[batch.Count];
            var records = batch.ToArray();
            batch.Clear();
            Parallel.For(0, records.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => stored[i] = ToStored(preparer, records[i]));
            if (writing is not null)
            {
                written = written.Plus(await writing.ConfigureAwait(false));
                progress?.Report(Summary(readThroughWriting, written, errors.Where(e => e.Line <= readThroughWriting)));
            }

            cancellationToken.ThrowIfCancellationRequested();
            readThroughWriting = read;
            writing = Task.Run(() => Store.UpsertAsync(stored, cancellationToken), cancellationToken);
        }

        try
        {
            foreach (var record in records)
            {
                read++;
                if (Check(record, read, seen) is { } error)
                {
                    errors.Add(error);
                    continue;
                }

                batch.Add(record!);
                if (batch.Count == batchSize)
                {
                    await WriteAsync().ConfigureAwait(false);
                }
            }

            if (batch.Count > 0)
            {
                await WriteAsync().ConfigureAwait(false);
            }
        }
        catch (Exception) when (writing is { IsCompleted: false } inFlight)
        {
            // The records' source failed (a file that stops decoding halfway) or the import was cancelled while a
            // batch was being written: that batch commits or rolls back before the error goes up, so that no write
            // outlives the call.
            await ((Task)inFlight).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        if (writing is not null)
        {
            written = written.Plus(await writing.ConfigureAwait(false));
        }

        var summary = Summary(read, written, errors);
        progress?.Report(summary);
        return summary;
    }

    /// <summary>Removes records by id, atomically; an id not stored is ignored.</summary>
    /// <param name="ids">The ids.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>How many records were removed.</returns>
    public Task<int> RemoveAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotNull(ids);
        return Store.RemoveAsync([.. ids], cancellationToken);
    }

    /// <summary>
    /// Finds the stored records most likely to be the person of <paramref name="query"/>, best first, each with its
    /// per-field explanation; ranked by match weight, then by store position (earlier first).
    /// </summary>
    /// <param name="query">The query record (its id need not be stored).</param>
    /// <param name="top">How many candidates at most (1 or more).</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The ranked candidates.</returns>
    public async Task<IReadOnlyList<MatchCandidate>> FindAsync(PersonRecord query, int top = 5, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotNull(query);
        Core.Guard.Positive(top);
        var prepared = Profile.Prepare(query);
        var request = RequestOf(prepared);
        var terms = request.Terms;
        var fetch = await Store.FetchCandidatesAsync(request, cancellationToken).ConfigureAwait(false);
        var candidates = new PreparedRecord[fetch.Candidates.Count];
        var positions = new int[candidates.Length];
        for (var c = 0; c < candidates.Length; c++)
        {
            var stored = fetch.Candidates[c];
            if (!preparedCandidates.TryGetValue(stored.Sequence, out var candidate))
            {
                candidate = stored.PreparedForm is { } form && Profile.TryReadPrepared(form, out var read) ? read : Profile.Prepare(Read(stored.Document));
                if (preparedCandidates.Count >= PreparedCandidateCache)
                {
                    preparedCandidates.Clear();
                }

                preparedCandidates.TryAdd(stored.Sequence, candidate);
            }

            candidates[c] = candidate;
            positions[c] = c;
        }

        var frequencies = TermFrequencies.FromCounts(Profile.Profile, terms.Select((t, i) => (t.Field, t.Value, fetch.TermCounts[i])), fetch.FieldTotals, fetch.Records);
        return CandidateRanking.Rank(Matcher.WithCounts(frequencies), prepared, positions, candidates, top);
    }

    /// <summary>
    /// What <see cref="FindAsync"/> asks the store for a query: its blocking keys with their block caps and its name
    /// values whose counts weigh an exact agreement. A store's cost per query (the partitions a partitioned store asks,
    /// the rows a database reads) follows from it.
    /// </summary>
    /// <param name="query">The query record.</param>
    /// <returns>The request.</returns>
    public CandidateRequest CandidateRequestFor(PersonRecord query)
    {
        Core.Guard.NotNull(query);
        return RequestOf(Profile.Prepare(query));
    }

    /// <summary>
    /// What <see cref="ImportAsync"/> writes to the store for a record: its JSON document, its blocking keys and its
    /// name values, as <see cref="IPersonStore.UpsertAsync"/> receives them. A store's layout and load follow from it.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The stored form.</returns>
    /// <exception cref="ArgumentException">The record's id is blank, over <see cref="StoreBatch.MaxIdLength"/> characters, or holds an unpaired surrogate.</exception>
    public StoredPerson StoredFormOf(PersonRecord record)
    {
        Core.Guard.NotNull(record);
        if (StoreBatch.IdRule(record.Id) is { } rule)
        {
            throw new ArgumentException("the record's id " + rule, nameof(record));
        }

        return ToStored(storedFormPreparer.Value, record);
    }

    /// <summary>Reads every stored record, by store position.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The records.</returns>
    public async Task<IReadOnlyList<PersonRecord>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        var all = new List<PersonRecord>();
        await foreach (var stored in Store.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            all.Add(Read(stored.Document));
        }

        return all;
    }

    /// <summary>
    /// Deduplicates the stored records with the current model, as the in-memory bulk run does
    /// (<see cref="BulkLinkage.Block(MatchProfile, IReadOnlyList{PreparedRecord}, int)"/> then
    /// <see cref="BulkLinkage.Deduplicate"/>, on all cores): the records are read in store order and prepared on all
    /// cores. A store that scores pairs where its records lie (<see cref="IPairScoringStore"/>, a partitioned store)
    /// scores them there and returns only the pairs kept; the clusters are the same.
    /// </summary>
    /// <param name="options">Clustering, threads (the block cap is the referential's <see cref="MaxBlockSize"/>); defaults when null.</param>
    /// <param name="progress">Receives the running count of pairs compared; may be null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The ids in store order and the result.</returns>
    public async Task<ReferentialDeduplication> DeduplicateAsync(BulkOptions? options = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        if (Store is IPairScoringStore scoring)
        {
            var request = new StoreScoringRequest(
                RulesOf(Profile),
                JsonSerializer.Serialize(Model, IdentityJsonContext.Default.MatchModel),
                [.. Profile.Profile.BlockingRules.Select(r => r.Description)],
                caps,
                MaxBlockSize,
                (options ?? new BulkOptions()).MaxDegreeOfParallelism);
            var scored = await scoring.ScorePairsAsync(request, progress, cancellationToken).ConfigureAwait(false);
            var finished = BulkLinkage.Finish(Model, scored.Ids.Count, scored.Completeness, new BulkScoring(scored.Edges, scored.PairsCompared), scored.Report, 0, options ?? new BulkOptions());
            return new ReferentialDeduplication(scored.Ids, finished) { PreparedFromDocuments = scored.PreparedFromDocuments };
        }

        var prepared = await PrepareAllAsync(cancellationToken).ConfigureAwait(false);
        var run = (options ?? new BulkOptions()) with { MaxBlockSize = MaxBlockSize };
        var blocked = BulkLinkage.Block(Profile.Profile, prepared, MaxBlockSize);
        var result = BulkLinkage.Deduplicate(Matcher, prepared, blocked, run, progress, cancellationToken);
        return new ReferentialDeduplication([.. prepared.Select(r => r.Id)], result) { PreparedFromDocuments = prepared.Length };
    }

    /// <summary>The record of a stored document.</summary>
    private static PersonRecord Read(string document) =>
        JsonSerializer.Deserialize(document, IdentityJsonContext.Default.PersonRecord)
        ?? throw new InvalidOperationException("a stored record document is empty");

    private static RecordError? Check(PersonRecord? record, int position, Dictionary<string, int> seen)
    {
        if (record is null)
        {
            return new RecordError(position, null, "record", "is missing (null)");
        }

        if (StoreBatch.IdRule(record.Id) is { } rule)
        {
            return new RecordError(position, null, "id", rule);
        }

        if (!seen.TryAdd(record.Id, position))
        {
            return new RecordError(position, record.Id, "id", FormattableString.Invariant($"appears earlier in this import (record {seen[record.Id]}); ids must be distinct"));
        }

        return null;
    }

    private static ReferentialImportSummary Summary(int read, StoreWriteCounts written, IEnumerable<RecordError> errors)
    {
        var through = errors.ToArray();
        return new(read, written.Added, written.Replaced, written.Unchanged, through.Length, through);
    }

    private async Task<PreparedRecord[]> PrepareAllAsync(CancellationToken cancellationToken)
    {
        var all = await ReadAllAsync(cancellationToken).ConfigureAwait(false);
        var preparer = new CivilStatusPreparer(Profile);
        var prepared = new PreparedRecord[all.Count];
        Parallel.For(0, all.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => prepared[i] = preparer.Prepare(all[i]));
        return prepared;
    }

    private StoredPerson ToStored(CivilStatusPreparer preparer, PersonRecord record)
    {
        var prepared = preparer.Prepare(record);
        return new StoredPerson(record.Id, JsonSerializer.Serialize(record, IdentityJsonContext.Default.PersonRecord), prepared.BlockingKeys.ToArray(), TermsOf(prepared))
        {
            PreparedForm = Profile.WritePrepared(prepared),
        };
    }

    private CandidateRequest RequestOf(PreparedRecord prepared)
    {
        var keys = prepared.BlockingKeys;
        var blocks = new BlockQuery[keys.Length];
        for (var k = 0; k < keys.Length; k++)
        {
            blocks[k] = new BlockQuery(keys[k], caps[BlockingKey.Rule(keys[k]) - 1]);
        }

        return new CandidateRequest(blocks, TermsOf(prepared));
    }

    private TermValue[] TermsOf(PreparedRecord prepared)
    {
        var comparisons = Profile.Profile.Comparisons;
        var terms = new List<TermValue>(2);
        for (var f = 0; f < comparisons.Count; f++)
        {
            if (comparisons[f].TermFrequency && comparisons[f].TermFrequencyValue(prepared) is { } value)
            {
                terms.Add(new TermValue(f, value));
            }
        }

        return [.. terms];
    }
}
