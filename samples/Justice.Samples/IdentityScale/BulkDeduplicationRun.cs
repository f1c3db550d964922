using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Serialization;
using Justice.Samples.Cli;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Samples.IdentityScale;

/// <summary>
/// Deduplicates a persons CSV at scale: streams the text in chunks of whole rows (each chunk's text dropped once read),
/// parses, checks and prepares the chunks on all cores, with one <see cref="CivilStatusPreparer"/> for the file
/// (each distinct value normalised once), trains the model on a record sample (or loads one), blocks, scores on all cores,
/// clusters, and writes <c>id,cluster_id</c> (and the review pairs, the model) through <see cref="OutputFiles"/>: every
/// output checked before the work starts, and written to temporary files renamed over the outputs only at the end, so a
/// cancelled or failed run leaves none of them.
/// </summary>
internal static class BulkDeduplicationRun
{
    // 128 K characters (about 1,750 rows of 75 characters): a chunk's list of row results (32 bytes a row, sized for
    // rows of 64 characters) stays under the large-object threshold. An array on the large-object heap per chunk made
    // the collector run full collections of everything read so far (measured: a full collection of 0.7 s while reading
    // a million records).
    private const int ChunkChars = 1 << 17;

    // A deduplication of a million records (75 MB of text) allocates about 1,285 MB in all (725 MB while reading, of
    // which about 540 MB stays alive, and 560 MB after); a region without collections of that size holds the whole
    // run, and the peak stays under 1.5 GB (docs/benchmarks.md).
    private const long RunAllocationsPerByte = 19;

    private const long NoCollectionBudget = 1400L << 20;

    // The record list and the id set are sized once from the file size, for rows as short as 40 bytes (a million
    // synthetic rows average 75): growing them past a million would allocate some 70 MB more on the large-object heap
    // at the end of the read, where it costs a full collection of everything read so far (measured on a million
    // records: 6 full collections during the read instead of 7). Shorter rows only mean one resize.
    private const int ShortestRowBytes = 40;

    /// <summary>Runs the deduplication.</summary>
    /// <param name="settings">Paths and options.</param>
    /// <param name="progress">The progress display.</param>
    /// <param name="cancellationToken">Cancels between batches and work units.</param>
    /// <returns>The summary.</returns>
    public static BulkDeduplicationSummary Run(BulkDeduplicationSettings settings, ScaleProgress progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var outputs = new OutputFiles(("--input", settings.Input), ("--model", settings.ModelPath));
        outputs.Add(settings.Output, "--output");
        if (settings.ReviewPath is not null)
        {
            outputs.Add(settings.ReviewPath, "--review");
        }

        if (settings.SaveModelPath is not null)
        {
            outputs.Add(settings.SaveModelPath, "--save-model");
        }

        var profile = Profile(settings.NameEditRules);
        // The preparer's tables (about 100 MB of distinct names, places and dates at a million records) are kept until
        // the run ends. Freed after the read, they would leave holes all through the prepared records, and the first
        // full collection after the read would compact the whole heap to close them (measured in interleaved runs: the
        // pause after the read 0.6-0.7 s instead of 0.8-1.2 s, one full collection fewer while comparing, for a peak
        // about 15 MB higher; docs/benchmarks.md).
        var preparer = new CivilStatusPreparer(profile);

        // Most of what the run allocates stays alive to the end (the prepared records, the blocks, the pairs kept):
        // each collection would only copy it once more. The run asks for none (NoCollectionRegion), with a budget
        // from the file's size; a run that allocates more than the budget goes on with the usual collections.
        using var region = NoCollectionRegion.Start(Math.Min(NoCollectionBudget, RunAllocationsPerByte * new FileInfo(settings.Input).Length));
        var flags = new List<RecordFlag>();
        var (records, errors, rejected) = ReadAndPrepare(settings.Input, profile, progress, cancellationToken, preparer: preparer, format: settings.Format, flags: flags);
        RequireRecords(settings.Input, records.Count, errors, rejected);
        var readSeconds = watch.Elapsed.TotalSeconds;

        // Without the region (another run's in progress, or this one's budget spent while reading): training, blocking and
        // comparison allocate a few hundred MB of large arrays and free them soon after, while the prepared records stay:
        // each full collection those arrays would trigger marks all the records again. Low latency holds full
        // collections back (except under memory pressure) until the run ends: at a million records the peak grows by
        // about 0.2 GB and the run saves about 2.5 s. It applies to the workstation collector (a host that turns server
        // GC off); the CLI's server collector marks on all cores instead.
        // The mode is left alone while another run's region is in progress (changing it would end that region).
        var latency = System.Runtime.GCSettings.LatencyMode;
        var lowLatency = !region.Active && (region.Started || !NoCollectionRegion.InProgress) && latency != System.Runtime.GCLatencyMode.NoGCRegion;
        if (lowLatency)
        {
            System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.LowLatency;
        }

        try
        {
            var (model, _, result, scoreSeconds) = Match(profile, records, settings, progress, cancellationToken);
            if (settings.SaveModelPath is not null)
            {
                outputs.Write(settings.SaveModelPath, writer => writer.Write(CliJson.Serialize(model, IdentityJsonContext.Default.MatchModel)));
            }

            progress.Start("write", records.Count);
            var clusterOf = result.Clusters.ClusterOf;
            outputs.Write(settings.Output, writer =>
            {
                writer.Write("id,cluster_id\n");
                WriteRows(writer, records.Count, (i, text) =>
                {
                    WriteField(text, records[i].Id);
                    text.Write(',');
                    WriteField(text, records[clusterOf[i]].Id);
                    text.Write('\n');
                }, progress, cancellationToken);
            });
            if (settings.ReviewPath is not null)
            {
                outputs.Write(settings.ReviewPath, writer =>
                {
                    writer.Write("left_id,right_id,weight,probability\n");
                    foreach (var pair in result.ReviewPairs)
                    {
                        WriteField(writer, records[pair.Left].Id);
                        writer.Write(',');
                        WriteField(writer, records[pair.Right].Id);
                        writer.Write(string.Create(CultureInfo.InvariantCulture, $",{pair.Weight:0.####},{IdentityMatcher.Probability(pair.Weight):0.######}\n"));
                    }
                });
            }

            outputs.Commit(cancellationToken);
            progress.Done(Path.GetFileName(settings.Output));
            GC.KeepAlive(preparer);
            return new BulkDeduplicationSummary(
                records.Count + rejected,
                records.Count,
                rejected,
                errors.Take(50).Select(e => e.ToString()).ToArray(),
                flags.Count,
                flags.Take(50).Select(f => f.ToString()).ToArray(),
                result.Blocking,
                result.PairsCompared,
                result.MatchPairs,
                result.ReviewPairs.Count,
                result.Clusters.Report,
                Math.Round(readSeconds, 2),
                Math.Round(scoreSeconds, 2),
                Math.Round(watch.Elapsed.TotalSeconds, 2));
        }
        finally
        {
            if (lowLatency)
            {
                System.Runtime.GCSettings.LatencyMode = latency;
            }
        }
    }

    /// <summary>
    /// The matching stages of a deduplication on prepared records: trains the model on a block sample (or loads
    /// <see cref="BulkDeduplicationSettings.ModelPath"/>), blocks, scores on all cores and clusters. <c>identity dedupe</c>
    /// and <c>identity evaluate</c> both run it, so that what is evaluated is what users run.
    /// </summary>
    /// <param name="profile">The civil-status profile.</param>
    /// <param name="records">The prepared records.</param>
    /// <param name="settings">The model, cap, sample, clustering and threads (the paths of outputs are not read).</param>
    /// <param name="progress">The progress display.</param>
    /// <param name="cancellationToken">Cancels between stages and work units.</param>
    /// <returns>The model, the blocked pairs, the result and the seconds spent scoring and clustering.</returns>
    internal static (MatchModel Model, BlockedPairs Blocked, BulkResult Result, double ScoreSeconds) Match(CivilStatusProfile profile, IReadOnlyList<PreparedRecord> records, BulkDeduplicationSettings settings, ScaleProgress progress, CancellationToken cancellationToken)
    {
        progress.Start("model", 0);
        var model = settings.ModelPath is null
            ? Train(profile, records, settings.TrainSample)
            : LoadModel(settings.ModelPath);
        var matcher = IdentityMatcher.Create(profile.Profile, model);
        progress.Done(settings.ModelPath is null ? string.Create(CultureInfo.InvariantCulture, $"trained on a block sample of about {Math.Min(records.Count, settings.TrainSample):N0} records") : "loaded");
        cancellationToken.ThrowIfCancellationRequested();

        progress.Start("block", 0);
        var blocked = BulkLinkage.Block(profile.Profile, records, settings.MaxBlockSize);
        progress.Done(string.Create(CultureInfo.InvariantCulture, $"{blocked.PairCount:N0} pairs, {blocked.Report.CappedBlocks:N0} blocks over the cap of {settings.MaxBlockSize:N0}"));
        cancellationToken.ThrowIfCancellationRequested();

        progress.Start("compare pairs", blocked.PairCount);
        var scoreWatch = Stopwatch.StartNew();
        var result = BulkLinkage.Deduplicate(matcher, records, blocked, new BulkOptions(settings.Clustering, settings.MaxBlockSize, settings.Threads, ConfirmProbability: settings.ConfirmProbability), progress, cancellationToken);
        var scoreSeconds = scoreWatch.Elapsed.TotalSeconds;
        progress.Done(string.Create(CultureInfo.InvariantCulture, $"{result.PairsCompared:N0} pairs, {result.MatchPairs:N0} matches, {result.ReviewPairs.Count:N0} to review, {result.Clusters.Report.ClusterCount:N0} clusters"));
        return (model, blocked, result, scoreSeconds);
    }

    /// <summary>
    /// Fails when a persons file gave no valid record (no row, or every row rejected): there is nothing to match, and
    /// the first rejections say why.
    /// </summary>
    internal static void RequireRecords(string input, int records, IReadOnlyList<RecordError> errors, int rejected)
    {
        if (records > 0)
        {
            return;
        }

        var name = Path.GetFileName(input);
        throw new InvalidDataException(rejected == 0
            ? name + " has a header and no row: there is no record to read."
            : string.Create(CultureInfo.InvariantCulture, $"{name}: every row was rejected ({rejected:N0}); first: {string.Join("; ", errors.Take(3))}."));
    }

    /// <summary>
    /// Writes <paramref name="count"/> rows in order: rows are formatted on all cores, a few chunks of 16,384 at a
    /// time (each chunk's text dropped once written), and written by the calling thread.
    /// </summary>
    internal static void WriteRows(TextWriter writer, int count, Action<int, TextWriter> formatRow, ScaleProgress progress, CancellationToken cancellationToken)
    {
        const int ChunkRows = 16384;
        var texts = new StringWriter[2 * Environment.ProcessorCount];
        for (var c = 0; c < texts.Length; c++)
        {
            texts[c] = new StringWriter(CultureInfo.InvariantCulture);
        }

        for (var first = 0; first < count; first += ChunkRows * texts.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batchStart = first;
            var chunks = (int)Math.Min(texts.Length, ((long)count - first + ChunkRows - 1) / ChunkRows);
            Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken }, c =>
            {
                var text = texts[c];
                text.GetStringBuilder().Clear();
                var end = Math.Min(count, batchStart + ((c + 1) * ChunkRows));
                for (var i = batchStart + (c * ChunkRows); i < end; i++)
                {
                    formatRow(i, text);
                }
            });

            for (var c = 0; c < chunks; c++)
            {
                writer.Write(texts[c].GetStringBuilder());
            }

            progress.Report(Math.Min(count, first + ((long)ChunkRows * texts.Length)));
        }
    }

    internal static void WriteField(TextWriter writer, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\n\r") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    /// <summary>The civil-status profile with or without the <c>name-edit</c> blocking rules (<c>--no-name-edit-rules</c>).</summary>
    /// <param name="nameEditRules">Whether the rules include them.</param>
    /// <returns>The default profile, or the default without those two rules.</returns>
    internal static CivilStatusProfile Profile(bool nameEditRules) => nameEditRules ? CivilStatusProfile.Default : CivilStatusProfile.WithoutNameEditRules;

    /// <summary>Reads a trained model (JSON).</summary>
    internal static MatchModel LoadModel(string path) =>
        JsonInput.Read(path, TextInput.StrictUtf8, text => JsonSerializer.Deserialize(text, IdentityJsonContext.Default.MatchModel))
            ?? throw new InvalidDataException(Path.GetFileName(path) + " holds null; expected a model saved by --save-model.");

    internal static MatchModel Train(CivilStatusProfile profile, IReadOnlyList<PreparedRecord> records, int sample)
    {
        if (records.Count < 2)
        {
            throw new InvalidDataException("At least 2 valid records are needed to train a model; give one with --model.");
        }

        // Whole blocks are drawn, so that expectation-maximisation sees blocked pairs with their true matches; λ is
        // rescaled from the sample to the whole file (TrainingOptions.PopulationSize).
        return ModelTrainer.Train(profile.Profile, TrainingSample.ByBlock(records, sample), new TrainingOptions(PopulationSize: records.Count));
    }

    /// <summary>
    /// Reads, checks and prepares the records of a persons file, in file order. The main thread only cuts the text into
    /// chunks of whole rows and takes the results in order (ids checked across the file there: the first row with an id
    /// takes it); the thread pool parses, checks and prepares the chunks, several at once. At most a few chunks are in
    /// flight, so the file's text is never held whole.
    /// </summary>
    internal static (List<PreparedRecord> Records, List<RecordError> Errors, int Rejected) ReadAndPrepare(string input, CivilStatusProfile profile, ScaleProgress progress, CancellationToken cancellationToken, int chunkChars = ChunkChars, CivilStatusPreparer? preparer = null, InputFormat? format = null, List<RecordFlag>? flags = null)
    {
        format ??= InputFormat.Default;
        return TextInput.Read(input, format.Encoding, reader => ReadAndPrepare(reader, input, new FileInfo(input).Length, format.Delimiter, profile, progress, cancellationToken, chunkChars, preparer, flags), 1 << 16);
    }

    private static (List<PreparedRecord> Records, List<RecordError> Errors, int Rejected) ReadAndPrepare(TextReader reader, string input, long size, char? delimiter, CivilStatusProfile profile, ScaleProgress progress, CancellationToken cancellationToken, int chunkChars, CivilStatusPreparer? preparer, List<RecordFlag>? flags)
    {
        var name = Path.GetFileName(input);
        progress.Start("read and index", 0);
        var layout = IdentityCsvLayout.ReadHeader(reader, name, delimiter);
        if (layout.IgnoredColumns.Count > 0)
        {
            progress.Note(name + ": column(s) not in the identity schema, ignored: " + string.Join(", ", layout.IgnoredColumns));
        }

        var chunks = new CsvChunkReader(reader, chunkChars, layout.Delimiter, firstLine: 2);
        var records = new List<PreparedRecord>((int)Math.Min(int.MaxValue / 2, size / ShortestRowBytes));

        // One preparer for the whole file (or the caller's): each distinct name, place and date is normalised once, and records share them.
        preparer ??= new CivilStatusPreparer(profile);
        var errors = new List<RecordError>();

        // Birth and death dates after the day of the run (in Paris, the ministry's zone) are flagged.
        var today = NodaTime.SystemClock.Instance.GetCurrentInstant().InZone(NodaTime.DateTimeZoneProviders.Tzdb["Europe/Paris"]).Date;
        var ids = new HashSet<string>((int)Math.Min(int.MaxValue / 2, size / ShortestRowBytes), StringComparer.Ordinal);
        var rejected = 0;
        var pending = new Queue<Task<ChunkResult>>();
        var inFlight = 2 * Environment.ProcessorCount;
        try
        {
            var chunk = NextChunk();
            while (chunk is not null)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var current = chunk;
                pending.Enqueue(Task.Run(() => ReadChunk(current, layout, preparer, today, cancellationToken), cancellationToken));
                while (pending.Count >= inFlight)
                {
                    Collect(pending.Dequeue().GetAwaiter().GetResult());
                }

                chunk = NextChunk();
            }

            while (pending.Count > 0)
            {
                Collect(pending.Dequeue().GetAwaiter().GetResult());
            }
        }
        finally
        {
            // On failure or cancellation, let the chunks in flight end before their preparer and buffers go.
            foreach (var task in pending)
            {
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
            }
        }

        progress.Done(string.Create(CultureInfo.InvariantCulture, $"{records.Count:N0} records, {rejected:N0} rejected"));
        return (records, errors, rejected);

        CsvChunk? NextChunk()
        {
            try
            {
                return chunks.Next();
            }
            catch (InvalidDataException ex)
            {
                throw new InvalidDataException(name + ": " + ex.Message, ex);
            }
        }

        // Takes a chunk's rows in order: an id is taken by the first row that has it, even a row rejected for another field.
        void Collect(ChunkResult result)
        {
            var next = 0;
            var nextFlag = 0;
            foreach (var row in result.Rows)
            {
                if (row.Id is not null && !ids.Add(row.Id))
                {
                    rejected++;
                    errors.Add(PersonRecordReader.DuplicateId(row.Line, row.Id));
                }
                else if (row.Record is null)
                {
                    rejected++;
                    errors.AddRange(result.Errors.Skip(next).Take(row.Errors));
                }
                else
                {
                    records.Add(row.Record);
                    flags?.AddRange(result.Flags.Skip(nextFlag).Take(row.Flags));
                }

                next += row.Errors;
                nextFlag += row.Flags;
            }

            progress.Report(records.Count + rejected);
        }
    }

    /// <summary>Parses, checks (<see cref="IdentityCsvLayout.TryMap(ReadOnlySpan{char}, ReadOnlySpan{Range}, Span{Range}, int, ICollection{RecordError})"/>, then the record's rules) and prepares the rows of a chunk, and gives its buffer back.</summary>
    private static ChunkResult ReadChunk(CsvChunk chunk, IdentityCsvLayout layout, CivilStatusPreparer preparer, NodaTime.LocalDate today, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cursor = new CsvRowCursor(layout.Delimiter);
            cursor.Start(0, chunk.FirstLine);
            var rows = new List<RowResult>(chunk.Length / 64);
            var errors = new List<RecordError>();
            var flags = new List<RecordFlag>();
            var mapped = new Range[PersonRecordReader.Columns.Count];
            while (cursor.MoveNext(chunk))
            {
                if (cursor.IsBlank)
                {
                    continue;
                }

                // A row is read by the header's names only: one with another number of fields, or an over-long field, is rejected as it is.
                var before = errors.Count;
                if (!layout.TryMap(cursor.Text, cursor.Fields, mapped, cursor.Line, errors))
                {
                    rows.Add(new RowResult(null, cursor.Line, null, errors.Count - before, 0));
                    continue;
                }

                var flagged = flags.Count;
                var record = preparer.PrepareRow(cursor.Text, mapped, cursor.Line, errors, out var id, flags, today);
                rows.Add(new RowResult(id, cursor.Line, record, errors.Count - before, flags.Count - flagged));
            }

            return new ChunkResult(rows, errors, flags);
        }
        finally
        {
            chunk.Release();
        }
    }

    /// <summary>A row's outcome: its id (null when it has none), line, prepared record (null when rejected), number of errors and of flags.</summary>
    private readonly record struct RowResult(string? Id, int Line, PreparedRecord? Record, int Errors, int Flags);

    /// <summary>A chunk's rows, and their errors and flags in row order.</summary>
    private sealed record ChunkResult(List<RowResult> Rows, List<RecordError> Errors, List<RecordFlag> Flags);
}
