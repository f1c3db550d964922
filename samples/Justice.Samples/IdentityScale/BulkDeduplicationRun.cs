using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Serialization;
using Justice.Domain.Identity.Synthetic;
using Justice.Samples.Cli;

namespace Justice.Samples.IdentityScale;

/// <summary>
/// <c>identity dedupe</c>, a shell over <see cref="BulkRun.Deduplicate(TextReader, BulkRunOptions, IProgress{BulkProgress}, CancellationToken)"/>:
/// opens the persons file, runs the package's bulk deduplication in one call (chunked parallel reading and preparation,
/// training on a block sample or the model loaded, blocking, scoring, clustering), and writes <c>id,cluster_id</c> (and
/// the review pairs, the model) through <see cref="OutputFiles"/>: every output checked before the work starts, and
/// written to temporary files renamed over the outputs only at the end, so a cancelled or failed run leaves none of them.
/// The garbage-collection settings of a batch run are the CLI's, set around the call (<see cref="NoCollectionRegion"/>).
/// </summary>
internal static class BulkDeduplicationRun
{
    // A deduplication of a million records (78 to 82 MB of text) with the fourteen default rules allocates about 4.1 GB
    // in all (on held-out B: 1.65 GB while reading, 1.89 GB while blocking, 0.59 GB training, scoring and clustering); a
    // region without collections of 45 bytes per byte of text, at most 3.8 GB, holds most of the run, and the peak is
    // about what it allocates (docs/benchmarks.md, "Runtime settings of the CLI for a million records").
    private const long RunAllocationsPerByte = 45;

    private const long NoCollectionBudget = 3800L << 20;

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

        var options = Options(settings);

        // Most of what the run allocates stays alive to the end (the prepared records, the blocks, the pairs kept):
        // each collection would only copy it once more. The run asks for none (NoCollectionRegion), with a budget
        // from the file's size; a run that allocates more than the budget goes on with the usual collections.
        using var region = NoCollectionRegion.Start(Math.Min(NoCollectionBudget, RunAllocationsPerByte * new FileInfo(settings.Input).Length));

        // Without the region (another run's in progress, or this one's budget spent while reading): training, blocking and
        // comparison allocate a few hundred MB of large arrays and free them soon after, while the prepared records stay:
        // each full collection those arrays would trigger marks all the records again. Low latency, set when the
        // package's run reports the end of the read, holds full collections back (except under memory pressure) until
        // the run ends: at a million records the peak grows by about 0.2 GB and the run saves about 2.5 s. It applies to
        // the workstation collector (a host that turns server GC off); the CLI's server collector marks on all cores
        // instead. The mode is left alone while another run's region is in progress (changing it would end that region).
        var latency = System.Runtime.GCSettings.LatencyMode;
        var lowLatency = false;
        var display = new BulkProgressDisplay(progress, stage =>
        {
            if (stage == BulkStage.Train && !region.Active && (region.Started || !NoCollectionRegion.InProgress) && latency != System.Runtime.GCLatencyMode.NoGCRegion)
            {
                System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.LowLatency;
                lowLatency = true;
            }
        });

        try
        {
            var run = Read(settings.Input, settings.Format, reader => BulkRun.Deduplicate(reader, options, display, cancellationToken));
            var input = run.Inputs[0];
            Note(progress, settings.Input, input);
            RequireRecords(settings.Input, input);
            if (run.Records.Count < 2 && settings.ModelPath is null)
            {
                throw new InvalidDataException("At least 2 valid records are needed to train a model; give one with --model.");
            }

            var records = run.Records;
            var result = run.Matching;
            if (settings.SaveModelPath is not null)
            {
                outputs.Write(settings.SaveModelPath, writer => writer.Write(CliJson.Serialize(run.Model, IdentityJsonContext.Default.MatchModel)));
            }

            outputs.Write(settings.Output, writer => WriteClusters(writer, records.Count, i => records[i].Id, result.Clusters, progress, cancellationToken));
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
            return new BulkDeduplicationSummary(
                input.Rows,
                records.Count,
                input.Rejected,
                input.Errors.Take(50).Select(e => e.ToString()).ToArray(),
                input.Flags.Count,
                input.Flags.Take(50).Select(f => f.ToString()).ToArray(),
                result.Blocking,
                result.PairsCompared,
                result.MatchPairs,
                result.ReviewPairs.Count,
                result.Clusters.Report,
                Math.Round(display.ReadSeconds, 2),
                Math.Round(display.ScoreSeconds, 2),
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
    /// The package's options for the CLI's settings: the profile (<c>--no-name-edit-rules</c>), the model loaded from
    /// <see cref="BulkDeduplicationSettings.ModelPath"/> or none (trained), the matching options, the delimiter, the file's
    /// name for messages and the day of the run in Paris (the ministry's zone), after which birth and death dates are flagged.
    /// </summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The options.</returns>
    internal static BulkRunOptions Options(BulkDeduplicationSettings settings) => new()
    {
        Profile = Profile(settings.NameEditRules),
        Model = settings.ModelPath is null ? null : LoadModel(settings.ModelPath),
        TrainSample = settings.TrainSample,
        Matching = new BulkOptions(settings.Clustering, settings.MaxBlockSize, settings.Threads, ConfirmProbability: settings.ConfirmProbability),
        Delimiter = settings.Format?.Delimiter,
        AsOf = Today(),
        InputName = Path.GetFileName(settings.Input),
    };

    /// <summary>The day of the run in Paris (the ministry's zone).</summary>
    /// <returns>Today's date there.</returns>
    internal static NodaTime.LocalDate Today() =>
        NodaTime.SystemClock.Instance.GetCurrentInstant().InZone(NodaTime.DateTimeZoneProviders.Tzdb["Europe/Paris"]).Date;

    /// <summary>Opens a persons file in its format's encoding and runs <paramref name="read"/> on it (an undecodable byte is an error naming its line).</summary>
    internal static T Read<T>(string path, InputFormat? format, Func<TextReader, T> read) =>
        TextInput.Read(path, (format ?? InputFormat.Default).Encoding, read, 1 << 16);

    /// <summary>
    /// Reads, checks and prepares a persons file with <see cref="BulkRun.Prepare"/> (for the commands that block or
    /// index the records without matching them), and fails when it gives no valid record.
    /// </summary>
    internal static BulkPreparedInput Prepare(string path, CivilStatusProfile profile, InputFormat? format, ScaleProgress progress, CancellationToken cancellationToken)
    {
        var options = new BulkRunOptions { Profile = profile, Delimiter = format?.Delimiter, AsOf = Today(), InputName = Path.GetFileName(path) };
        var prepared = Read(path, format, reader => BulkRun.Prepare(reader, options, new BulkProgressDisplay(progress), cancellationToken));
        Note(progress, path, prepared.Summary);
        RequireRecords(path, prepared.Summary);
        return prepared;
    }

    /// <summary>Says which columns of the file were read by no one.</summary>
    internal static void Note(ScaleProgress progress, string path, BulkInputSummary input)
    {
        if (input.IgnoredColumns.Count > 0)
        {
            progress.Note(Path.GetFileName(path) + ": column(s) not in the identity schema, ignored: " + string.Join(", ", input.IgnoredColumns));
        }
    }

    /// <summary>
    /// Fails when a persons file gave no valid record (no row, or every row rejected): there is nothing to match, and
    /// the first rejections say why.
    /// </summary>
    internal static void RequireRecords(string input, BulkInputSummary summary) =>
        RequireRecords(input, summary.Records, summary.Errors, summary.Rejected);

    /// <summary>Fails when a persons file gave no valid record; see <see cref="RequireRecords(string, BulkInputSummary)"/>.</summary>
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
    /// Writes the clusters file of <c>identity dedupe</c> (and <c>identity cluster-demo</c>): the header
    /// <c>id,cluster_id</c>, then one row per record in record order, its cluster named by its representative's id.
    /// </summary>
    /// <param name="writer">The output.</param>
    /// <param name="count">The number of records.</param>
    /// <param name="idOf">The id of a record, by index.</param>
    /// <param name="clusters">The clusters, indexed as the records.</param>
    /// <param name="progress">Told the rows written (a "write" stage).</param>
    /// <param name="cancellationToken">Cancels between chunks.</param>
    internal static void WriteClusters(TextWriter writer, int count, Func<int, string> idOf, RecordClusters clusters, ScaleProgress progress, CancellationToken cancellationToken)
    {
        progress.Start("write", count);
        var clusterOf = clusters.ClusterOf;
        writer.Write("id,cluster_id\n");
        WriteRows(writer, count, (i, text) =>
        {
            WriteField(text, idOf(i));
            text.Write(',');
            WriteField(text, idOf(clusterOf[i]));
            text.Write('\n');
        }, progress, cancellationToken);
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

    /// <summary>The civil-status profile with or without the four edit blocking rules (<c>--no-name-edit-rules</c>).</summary>
    /// <param name="nameEditRules">Whether the rules include them.</param>
    /// <returns>The default profile, or the default without those four rules.</returns>
    internal static CivilStatusProfile Profile(bool nameEditRules) => nameEditRules ? CivilStatusProfile.Default : CivilStatusProfile.WithoutNameEditRules;

    /// <summary>Reads a trained model (JSON).</summary>
    internal static MatchModel LoadModel(string path) =>
        JsonInput.Read(path, TextInput.StrictUtf8, text => JsonSerializer.Deserialize(text, IdentityJsonContext.Default.MatchModel))
            ?? throw new InvalidDataException(Path.GetFileName(path) + " holds null; expected a model saved by --save-model.");
}
