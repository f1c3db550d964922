using System.Text;
using Justice.Domain.Core;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Linkage;

/// <summary>
/// <i>Traitement de masse en un appel</i>: deduplicates one input, or links two, of millions of records in one call:
/// reads a persons CSV (or takes a sequence of <see cref="PersonRecord"/>) in chunks, checks and prepares the chunks
/// on all cores with one <see cref="CivilStatusPreparer"/> (each distinct value normalised once; a row's text is dropped
/// once prepared), trains the model on a sample of blocked pairs (or takes the one given), blocks, scores on all cores
/// and clusters (<see cref="BulkLinkage"/>). Invalid rows are rejected and counted with their line and reason; valid
/// rows go through. Deterministic: the result does not depend on the number of threads.
/// </summary>
/// <remarks>
/// <para>The CSV has a header naming the columns of <see cref="PersonRecordReader.Columns"/> (any order, checked by
/// <see cref="IdentityCsvLayout"/>); the delimiter is given or detected. The caller opens and closes the text: nothing
/// here reads a path, writes to a console or reads a clock (<see cref="BulkRunOptions.AsOf"/> gives the day).</para>
/// <para>Progress: each <see cref="BulkStage"/> is reported when it starts, while it runs and when it ends
/// (<see cref="BulkProgress"/>); the scoring stage reports from several threads one after the other. Cancellation is
/// checked between chunks, stages and work units, and once more at the end: a cancelled run throws
/// <see cref="OperationCanceledException"/> and returns nothing.</para>
/// <para>The run changes no process-wide setting (no garbage-collection region or latency mode): a host that wants one
/// sets it around the call, or in its runtime configuration.</para>
/// </remarks>
public static class BulkRun
{
    /// <summary>Deduplicates a persons CSV read from <paramref name="csv"/>.</summary>
    /// <param name="csv">The text, at the header; the caller disposes it.</param>
    /// <param name="options">The options (<c>new BulkRunOptions()</c> for the defaults).</param>
    /// <param name="progress">Receives each stage's progress; may be null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The records, the input's summary, the model and the clusters.</returns>
    /// <exception cref="InvalidDataException">The header does not fit the identity schema, or a quoted field never ends.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static BulkRunResult Deduplicate(TextReader csv, BulkRunOptions options, IProgress<BulkProgress>? progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(csv);
        options = Checked(options);
        return Deduplicate(options, progress, cancellationToken, (preparer, report) => BulkInputReader.ReadCsv(csv, options.InputName, preparer, options, report, cancellationToken));
    }

    /// <summary>Deduplicates a persons CSV read from <paramref name="csv"/> in <paramref name="encoding"/> (strict UTF-8 by default; a UTF-8 byte-order mark is skipped).</summary>
    /// <param name="csv">The bytes, at the header; left open.</param>
    /// <param name="encoding">The encoding, or null for UTF-8 that rejects invalid bytes.</param>
    /// <param name="options">The options (<c>new BulkRunOptions()</c> for the defaults).</param>
    /// <param name="progress">Receives each stage's progress; may be null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The records, the input's summary, the model and the clusters.</returns>
    /// <exception cref="InvalidDataException">The header does not fit the identity schema, or the bytes are not valid in the encoding.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static BulkRunResult Deduplicate(Stream csv, Encoding? encoding, BulkRunOptions options, IProgress<BulkProgress>? progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(csv);
        options = Checked(options);
        return Decoded(options.InputName, () =>
        {
            using var reader = Reader(csv, encoding);
            return Deduplicate(reader, options, progress, cancellationToken);
        });
    }

    /// <summary>Deduplicates a sequence of records, enumerated once; a null record or a repeated id is rejected at its position (1-based).</summary>
    /// <param name="records">The records.</param>
    /// <param name="options">The options (<see cref="BulkRunOptions.Delimiter"/> and <see cref="BulkRunOptions.AsOf"/> are not read).</param>
    /// <param name="progress">Receives each stage's progress; may be null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The records, the input's summary, the model and the clusters.</returns>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static BulkRunResult Deduplicate(IEnumerable<PersonRecord> records, BulkRunOptions options, IProgress<BulkProgress>? progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(records);
        options = Checked(options);
        return Deduplicate(options, progress, cancellationToken, (preparer, report) => BulkInputReader.ReadRecords(records, preparer, options, report, cancellationToken));
    }

    /// <summary>Links two persons CSVs: pairs across them only, clustered or assigned one to one (<see cref="BulkOptions.OneToOne"/>).</summary>
    /// <param name="left">The first input's text, at its header.</param>
    /// <param name="right">The second input's text, at its header.</param>
    /// <param name="options">The options (<c>new BulkRunOptions()</c> for the defaults).</param>
    /// <param name="progress">Receives each stage's progress (the read stage once per input); may be null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The records (first input's first), both inputs' summaries, the model and the links.</returns>
    /// <exception cref="InvalidDataException">A header does not fit the identity schema, or a quoted field never ends.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static BulkRunResult Link(TextReader left, TextReader right, BulkRunOptions options, IProgress<BulkProgress>? progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(left);
        Guard.NotNull(right);
        options = Checked(options);
        return Link(
            options,
            progress,
            cancellationToken,
            (preparer, report) => BulkInputReader.ReadCsv(left, options.InputName, preparer, options, report, cancellationToken),
            (preparer, report) => BulkInputReader.ReadCsv(right, options.RightInputName, preparer, options, report, cancellationToken));
    }

    /// <summary>Links two sequences of records, each enumerated once.</summary>
    /// <param name="left">The first input's records.</param>
    /// <param name="right">The second input's records.</param>
    /// <param name="options">The options (<c>new BulkRunOptions()</c> for the defaults).</param>
    /// <param name="progress">Receives each stage's progress (the read stage once per input); may be null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The records (first input's first), both inputs' summaries, the model and the links.</returns>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static BulkRunResult Link(IEnumerable<PersonRecord> left, IEnumerable<PersonRecord> right, BulkRunOptions options, IProgress<BulkProgress>? progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(left);
        Guard.NotNull(right);
        options = Checked(options);
        return Link(
            options,
            progress,
            cancellationToken,
            (preparer, report) => BulkInputReader.ReadRecords(left, preparer, options, report, cancellationToken),
            (preparer, report) => BulkInputReader.ReadRecords(right, preparer, options, report, cancellationToken));
    }

    /// <summary>
    /// Reads, checks and prepares a persons CSV only (the read stage of <see cref="Deduplicate(TextReader, BulkRunOptions, IProgress{BulkProgress}, CancellationToken)"/>),
    /// for a caller that builds something else from the records, such as an <see cref="IdentityIndex"/> or a blocking analysis.
    /// </summary>
    /// <param name="csv">The text, at the header; the caller disposes it.</param>
    /// <param name="options">The options (the profile, delimiter, date of the run and input name are read).</param>
    /// <param name="progress">Receives the read stage's progress; may be null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The prepared records and the input's summary.</returns>
    /// <exception cref="InvalidDataException">The header does not fit the identity schema, or a quoted field never ends.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static BulkPreparedInput Prepare(TextReader csv, BulkRunOptions options, IProgress<BulkProgress>? progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(csv);
        options = Checked(options);
        cancellationToken.ThrowIfCancellationRequested();
        var stages = new StageReporter(progress);
        stages.Start(BulkStage.Read, 0);
        var (records, summary) = BulkInputReader.ReadCsv(csv, options.InputName, new CivilStatusPreparer(options.Profile), options, stages.Report, cancellationToken);
        stages.Finish(summary.Rows);
        cancellationToken.ThrowIfCancellationRequested();
        return new BulkPreparedInput(records, summary);
    }

    private static BulkRunOptions Checked(BulkRunOptions options)
    {
        Guard.NotNull(options);
        Guard.NotNull(options.Profile, "options.Profile");
        Guard.NotNull(options.Matching, "options.Matching");
        Guard.NotNull(options.InputName, "options.InputName");
        Guard.NotNull(options.RightInputName, "options.RightInputName");
        Guard.InRange(options.TrainSample, 1, int.MaxValue);
        Guard.InRange(options.Matching.MaxBlockSize, 2, int.MaxValue);
        Guard.Defined(options.Matching.Clustering);
        Guard.InRange(options.ChunkChars, 16, int.MaxValue);
        if (options.Delimiter is { } delimiter && !IdentityCsvLayout.Delimiters.Contains(delimiter))
        {
            throw new ArgumentOutOfRangeException(nameof(options), delimiter, "options.Delimiter must be a comma, a semicolon or a tab.");
        }

        return options;
    }

    private static StreamReader Reader(Stream stream, Encoding? encoding) =>
        new(stream, encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);

    private static BulkRunResult Decoded(string name, Func<BulkRunResult> run)
    {
        try
        {
            return run();
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidDataException(name + " has bytes that its encoding does not define; give the encoding it was written in.", ex);
        }
    }

    private static BulkRunResult Deduplicate(BulkRunOptions options, IProgress<BulkProgress>? progress, CancellationToken cancellationToken, Func<CivilStatusPreparer, Action<long>, (List<PreparedRecord> Records, BulkInputSummary Summary)> read)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stages = new StageReporter(progress);

        // One preparer for the run: each distinct name, place and date is normalised once, and records share them. Its
        // tables are kept to the end of the run: freed after the read, they would leave holes all through the prepared
        // records for the first full collection to compact.
        var preparer = new CivilStatusPreparer(options.Profile);
        var (records, summary) = Read(stages, preparer, read, cancellationToken);

        var (model, trained) = Model(options, records, stages, cancellationToken);
        var matcher = IdentityMatcher.Create(options.Profile.Profile, model);

        stages.Start(BulkStage.Block, 0);
        var blocked = BulkLinkage.Block(options.Profile.Profile, records, options.Matching.MaxBlockSize);
        stages.Finish(blocked.PairCount);
        cancellationToken.ThrowIfCancellationRequested();

        var result = Match(matcher, records, blocked, options, stages, cancellationToken);
        GC.KeepAlive(preparer);
        cancellationToken.ThrowIfCancellationRequested();
        return new BulkRunResult(records, 0, [summary], model, trained, result);
    }

    /// <summary>One input's read stage: reported from start to finish (records kept plus rows rejected), then a cancellation check.</summary>
    private static (List<PreparedRecord> Records, BulkInputSummary Summary) Read(StageReporter stages, CivilStatusPreparer preparer, Func<CivilStatusPreparer, Action<long>, (List<PreparedRecord> Records, BulkInputSummary Summary)> read, CancellationToken cancellationToken)
    {
        stages.Start(BulkStage.Read, 0);
        var input = read(preparer, stages.Report);
        stages.Finish(input.Records.Count + input.Summary.Rejected);
        cancellationToken.ThrowIfCancellationRequested();
        return input;
    }

    private static BulkRunResult Link(BulkRunOptions options, IProgress<BulkProgress>? progress, CancellationToken cancellationToken, Func<CivilStatusPreparer, Action<long>, (List<PreparedRecord> Records, BulkInputSummary Summary)> readLeft, Func<CivilStatusPreparer, Action<long>, (List<PreparedRecord> Records, BulkInputSummary Summary)> readRight)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stages = new StageReporter(progress);
        var preparer = new CivilStatusPreparer(options.Profile);
        var (left, leftSummary) = Read(stages, preparer, readLeft, cancellationToken);
        var (right, rightSummary) = Read(stages, preparer, readRight, cancellationToken);

        var records = new List<PreparedRecord>(left.Count + right.Count);
        records.AddRange(left);
        records.AddRange(right);
        var (model, trained) = Model(options, records, stages, cancellationToken);
        var matcher = IdentityMatcher.Create(options.Profile.Profile, model);

        BulkResult result;
        if (left.Count == 0 || right.Count == 0)
        {
            // Nothing to link: every record is a cluster of its own.
            stages.Start(BulkStage.Block, 0);
            stages.Finish(0);
            stages.Start(BulkStage.Compare, 0);
            stages.Finish(0);
            stages.Start(BulkStage.Cluster, records.Count);
            var weight = BulkLinkage.WeightOf(model.MatchThreshold);
            var report = new BlockingReport(records.Count, options.Matching.MaxBlockSize, 0, []);
            result = new BulkResult(PairClustering.ConnectedComponents(records.Count, [], weight), report, 0, 0, [], [], options.Matching.OneToOne ? new OneToOneLinks([], 0, 0) : null);
            stages.Finish(records.Count);
        }
        else
        {
            stages.Start(BulkStage.Block, 0);
            var blocked = BulkLinkage.Block(options.Profile.Profile, records, left.Count, options.Matching.MaxBlockSize);
            stages.Finish(blocked.PairCount);
            cancellationToken.ThrowIfCancellationRequested();
            result = Match(matcher, records, blocked, options, stages, cancellationToken);
        }

        GC.KeepAlive(preparer);
        cancellationToken.ThrowIfCancellationRequested();
        return new BulkRunResult(records, left.Count, [leftSummary, rightSummary], model, trained, result);
    }

    /// <summary>The model given, or one trained on whole blocks drawn from the records (the initial model for fewer than 2 records).</summary>
    private static (MatchModel Model, bool Trained) Model(BulkRunOptions options, List<PreparedRecord> records, StageReporter stages, CancellationToken cancellationToken)
    {
        stages.Start(BulkStage.Train, 0);
        (MatchModel, bool) model = options.Model is { } given
            ? (given, false)
            : records.Count < 2
                ? (MatchModel.Initial(options.Profile.Profile), false)

                // Whole blocks are drawn, so that expectation-maximisation sees blocked pairs with their true matches;
                // λ is rescaled from the sample to the whole input (TrainingOptions.PopulationSize).
                : (ModelTrainer.Train(options.Profile.Profile, TrainingSample.ByBlock(records, options.TrainSample), new TrainingOptions(PopulationSize: records.Count)), true);
        stages.Finish(0);
        cancellationToken.ThrowIfCancellationRequested();
        return model;
    }

    private static BulkResult Match(IdentityMatcher matcher, List<PreparedRecord> records, BlockedPairs blocked, BulkRunOptions options, StageReporter stages, CancellationToken cancellationToken)
    {
        stages.Start(BulkStage.Compare, blocked.PairCount);
        var result = BulkLinkage.Run(matcher.WithTermFrequencies(records), records, blocked, options.Matching, stages, cancellationToken, () =>
        {
            stages.Finish(blocked.PairCount);
            cancellationToken.ThrowIfCancellationRequested();
            stages.Start(BulkStage.Cluster, records.Count);
        });
        stages.Finish(records.Count);
        return result;
    }

    /// <summary>
    /// Turns the running counts of the stages into <see cref="BulkProgress"/> reports: one at a time (scoring threads
    /// report concurrently) and never going back.
    /// </summary>
    private sealed class StageReporter(IProgress<BulkProgress>? progress) : IProgress<long>
    {
        private readonly Lock gate = new();
        private BulkStage stage;
        private long total;
        private long done;

        public void Start(BulkStage next, long units)
        {
            lock (gate)
            {
                (stage, total, done) = (next, units, 0);
                progress?.Report(new BulkProgress(stage, 0, total, false));
            }
        }

        public void Report(long value)
        {
            lock (gate)
            {
                if (value <= done)
                {
                    return;
                }

                done = value;
                progress?.Report(new BulkProgress(stage, done, total, false));
            }
        }

        public void Finish(long value)
        {
            lock (gate)
            {
                done = Math.Max(done, value);
                progress?.Report(new BulkProgress(stage, done, Math.Max(total, done), true));
            }
        }
    }
}
