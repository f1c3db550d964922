using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Matching;
using Justice.Domain.Identity.Model;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scale;
using Justice.Domain.Identity.Serialization;

namespace Justice.Samples.IdentityScale;

/// <summary>
/// Deduplicates a persons CSV at scale: streams the rows in batches (each batch's text dropped once prepared),
/// prepares each batch in parallel while the next one is parsed, with one <see cref="CivilStatusPreparer"/> for the file
/// (each distinct value normalised once), trains the model on a record sample (or loads one), blocks, scores on all cores,
/// clusters, and writes <c>id,cluster_id</c> to a temporary file renamed over the output only at the end, so a
/// cancelled or failed run never leaves a half-written file that looks complete.
/// </summary>
internal static class BulkDeduplicationRun
{
    private const int BatchRows = 20_000;

    /// <summary>Runs the deduplication.</summary>
    /// <param name="settings">Paths and options.</param>
    /// <param name="progress">The progress display.</param>
    /// <param name="cancellationToken">Cancels between batches and work units.</param>
    /// <returns>The summary.</returns>
    public static BulkDeduplicationSummary Run(BulkDeduplicationSettings settings, ScaleProgress progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var profile = CivilStatusProfile.Default;
        var (records, errors, rejected) = ReadAndPrepare(settings.Input, profile, progress, cancellationToken);
        var readSeconds = watch.Elapsed.TotalSeconds;

        // Training, blocking and comparison allocate a few hundred MB of large arrays and free them soon after, while
        // the prepared records (about 1 GB of small objects at a million) stay: each full collection those arrays would
        // trigger marks all the records again. Low latency holds full collections back (except under memory pressure) until
        // the run ends: at a million records the peak grows by about 0.2 GB and the run saves about 2.5 s.
        var latency = System.Runtime.GCSettings.LatencyMode;
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.LowLatency;
        try
        {
            progress.Start("model", 0);
            var model = settings.ModelPath is null
                ? Train(profile, records, settings.TrainSample)
                : LoadModel(settings.ModelPath);
            var matcher = IdentityMatcher.Create(profile.Profile, model);
            if (settings.SaveModelPath is not null)
            {
                WriteAtomically(settings.SaveModelPath, writer => writer.Write(JsonSerializer.Serialize(model, IdentityJsonContext.Default.MatchModel)), cancellationToken);
            }

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

            progress.Start("write", records.Count);
            var clusterOf = result.Clusters.ClusterOf;
            WriteAtomically(settings.Output, writer =>
            {
                writer.Write("id,cluster_id\n");
                for (var i = 0; i < records.Count; i++)
                {
                    WriteField(writer, records[i].Id);
                    writer.Write(',');
                    WriteField(writer, records[clusterOf[i]].Id);
                    writer.Write('\n');
                    if ((i & 0xFFFF) == 0xFFFF)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        progress.Report(i + 1);
                    }
                }
            }, cancellationToken);
            if (settings.ReviewPath is not null)
            {
                WriteAtomically(settings.ReviewPath, writer =>
                {
                    writer.Write("left_id,right_id,weight,probability\n");
                    foreach (var pair in result.ReviewPairs)
                    {
                        WriteField(writer, records[pair.Left].Id);
                        writer.Write(',');
                        WriteField(writer, records[pair.Right].Id);
                        writer.Write(string.Create(CultureInfo.InvariantCulture, $",{pair.Weight:0.####},{IdentityMatcher.Probability(pair.Weight):0.######}\n"));
                    }
                }, cancellationToken);
            }

            progress.Done(Path.GetFileName(settings.Output));
            return new BulkDeduplicationSummary(
                records.Count + rejected,
                records.Count,
                rejected,
                errors.Take(50).Select(e => e.ToString()).ToArray(),
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
            System.Runtime.GCSettings.LatencyMode = latency;
        }
    }

    /// <summary>Writes a file through a temporary file in the same folder, renamed over the target only when complete.</summary>
    internal static void WriteAtomically(string path, Action<TextWriter> write, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".partial");
        try
        {
            using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 16))
            {
                write(writer);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
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

    /// <summary>Reads a trained model (JSON).</summary>
    internal static MatchModel LoadModel(string path) =>
        JsonSerializer.Deserialize(File.ReadAllText(path), IdentityJsonContext.Default.MatchModel) ?? throw new InvalidDataException("The model file is empty.");

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

    internal static (List<PreparedRecord> Records, List<RecordError> Errors, int Rejected) ReadAndPrepare(string input, CivilStatusProfile profile, ScaleProgress progress, CancellationToken cancellationToken)
    {
        var size = new FileInfo(input).Length;
        progress.Start("read and index", 0);
        using var reader = new StreamReader(input, Encoding.UTF8, true, 1 << 16);
        using var rows = CsvRows.Read(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new InvalidDataException("The input is empty: a header row is required.");
        }

        var header = rows.Current.Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        var positions = PersonRecordReader.Columns.Select(c => Array.FindIndex(header, h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (positions[0] < 0)
        {
            throw new InvalidDataException("The header has no 'id' column; expected: " + string.Join(',', PersonRecordReader.Columns));
        }

        var records = new List<PreparedRecord>((int)Math.Min(int.MaxValue / 2, size / 80));

        // One preparer for the whole file: each distinct name, place and date is normalised once, and records share them.
        var preparer = new CivilStatusPreparer(profile);
        var errors = new List<RecordError>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rejected = 0;
        var batch = new List<string[]>(BatchRows);
        var lines = new List<int>(BatchRows);

        // While one batch is prepared (on the thread pool), the next one is parsed: the two overlap on two cores.
        Task<PreparedRecord[]>? preparing = null;
        var more = true;
        while (more)
        {
            batch.Clear();
            lines.Clear();
            while (batch.Count < BatchRows && (more = rows.MoveNext()))
            {
                var (line, fields) = rows.Current;
                if (fields.Length == 1 && fields[0].Length == 0)
                {
                    continue;
                }

                lines.Add(line);
                batch.Add(fields.Length < header.Length ? fields : positions.Select(p => p < 0 ? string.Empty : fields[p]).ToArray());
            }

            cancellationToken.ThrowIfCancellationRequested();
            var read = PersonRecordReader.Read(batch, Path.GetFileName(input));
            foreach (var error in read.Errors)
            {
                errors.Add(error with { Line = lines[error.Line - 2] });
            }

            rejected += read.RejectedRows;
            var valid = new List<PersonRecord>(read.Records.Count);
            foreach (var record in read.Records)
            {
                // The reader checks ids within a batch; the run checks them across batches.
                if (ids.Add(record.Id))
                {
                    valid.Add(record);
                }
                else
                {
                    rejected++;
                    errors.Add(new RecordError(0, record.Id, "id", "duplicate id"));
                }
            }

            Collect();
            preparing = Task.Run(() => Prepare(preparer, valid), cancellationToken);
        }

        Collect();
        progress.Done(string.Create(CultureInfo.InvariantCulture, $"{records.Count:N0} records, {rejected:N0} rejected"));
        return (records, errors, rejected);

        // Appends the batch being prepared (batches stay in file order).
        void Collect()
        {
            if (preparing is not null)
            {
                records.AddRange(preparing.GetAwaiter().GetResult());
                preparing = null;
                progress.Report(records.Count + rejected);
            }
        }
    }

    private static PreparedRecord[] Prepare(CivilStatusPreparer preparer, List<PersonRecord> batch)
    {
        var prepared = new PreparedRecord[batch.Count];
        Parallel.For(0, batch.Count, i => prepared[i] = preparer.Prepare(batch[i]));
        return prepared;
    }
}
