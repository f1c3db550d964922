using System.Diagnostics;
using System.Globalization;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
using Justice.Samples.Cli;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Samples.IdentityScale;

/// <summary>
/// <c>identity evaluate</c> on civil-status records: deduplicates a persons file with the stages of <c>identity
/// dedupe</c> at its defaults (the same call of <see cref="BulkRun"/>), measures the output against the truth (<see cref="ClassEvaluation"/>)
/// and simulates the loss of each identifying field (<see cref="BlockingAnalysis.FieldLoss"/>).
/// </summary>
internal static class EvaluationRun
{
    /// <summary>Generates a synthetic dataset, writes it to a temporary persons file and evaluates the deduplication of that file, per corruption class.</summary>
    /// <param name="people">Persons to generate.</param>
    /// <param name="seed">The generator's seed.</param>
    /// <param name="progress">The progress display.</param>
    /// <param name="cancellationToken">Cancels between stages.</param>
    /// <returns>The evaluation.</returns>
    public static LabelledEvaluation Synthetic(int people, int seed, ScaleProgress progress, CancellationToken cancellationToken)
    {
        progress.Start("generate", 0);
        var data = new SyntheticGenerator().Generate(people, seed);
        progress.Done(string.Create(CultureInfo.InvariantCulture, $"{data.Rows.Count:N0} records of {people:N0} persons and their look-alikes"));
        var folder = Directory.CreateTempSubdirectory("justice-evaluate-");
        try
        {
            var path = Path.Combine(folder.FullName, "persons.csv");
            IdentityCsv.Write(path, data.Rows);
            return Evaluate("synthetic", path, InputFormat.Default, EvaluationTruth.Of(data), data.Records(), progress, cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Evaluates the deduplication of a labelled persons file (no corruption classes).</summary>
    /// <param name="input">The persons CSV.</param>
    /// <param name="truthPath">The truth CSV (<c>id,person</c> with a header).</param>
    /// <param name="format">The persons file's encoding and delimiter.</param>
    /// <param name="progress">The progress display.</param>
    /// <param name="cancellationToken">Cancels between stages.</param>
    /// <returns>The evaluation.</returns>
    public static LabelledEvaluation File(string input, string truthPath, InputFormat format, ScaleProgress progress, CancellationToken cancellationToken)
    {
        var truth = ReadTruth(truthPath);
        progress.Start("read records for the field-loss simulation", 0);
        var records = IdentityCsv.Read(input, encoding: format.Encoding, delimiter: format.Delimiter).Records;
        progress.Done(string.Create(CultureInfo.InvariantCulture, $"{records.Count:N0} records"));
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(input)));
        return Evaluate(string.IsNullOrEmpty(folder) ? Path.GetFileName(input) : folder + "/" + Path.GetFileName(input), input, format, new EvaluationTruth(truth), records, progress, cancellationToken);
    }

    /// <summary>
    /// Reads a truth file: a header, then <c>id,person</c> rows. A row without two fields, an empty id or person, or
    /// an id given twice is an error that names the file and the line.
    /// </summary>
    /// <param name="path">The truth CSV.</param>
    /// <returns>Record id → person id.</returns>
    internal static Dictionary<string, string> ReadTruth(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new CliUsageException("truth file not found: " + Path.GetFullPath(path));
        }

        var name = Path.GetFileName(path);
        return TextInput.Read(path, TextInput.StrictUtf8, reader =>
        {
            var truth = new Dictionary<string, string>(StringComparer.Ordinal);
            var header = true;
            foreach (var (line, fields) in Csv.Read(reader))
            {
                if (fields.Length == 1 && fields[0].Length == 0)
                {
                    continue;
                }

                if (header)
                {
                    header = false;
                    if (fields.Length < 2)
                    {
                        throw new InvalidDataException(name + ", line " + line.ToString(CultureInfo.InvariantCulture) + ": the header must name two columns, the record id and the person (id,person).");
                    }

                    continue;
                }

                var id = fields[0].Trim();
                if (fields.Length < 2 || id.Length == 0 || fields[1].Trim().Length == 0)
                {
                    throw new InvalidDataException(name + ", line " + line.ToString(CultureInfo.InvariantCulture) + ": a row must give a record id and a person (id,person).");
                }

                if (!truth.TryAdd(id, fields[1].Trim()))
                {
                    throw new InvalidDataException(name + ", line " + line.ToString(CultureInfo.InvariantCulture) + " (id " + id + "): the id is given a person twice.");
                }
            }

            return truth.Count > 0 ? truth : throw new InvalidDataException(name + " has no row: there is no label to measure against.");
        });
    }

    private static LabelledEvaluation Evaluate(string name, string path, InputFormat format, EvaluationTruth truth, IReadOnlyList<PersonRecord> personRecords, ScaleProgress progress, CancellationToken cancellationToken)
    {
        // Every record must have a person: a record without one would count as a person of its own and pass its
        // false positives off as correct refusals.
        var unlabelled = personRecords.Where(r => !truth.PersonOf.ContainsKey(r.Id)).Select(r => r.Id).ToArray();
        if (unlabelled.Length > 0)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"the truth file gives no person for {unlabelled.Length:N0} record id(s) of {Path.GetFileName(path)} (first: {string.Join(", ", unlabelled.Take(3))}); every record needs a row id,person."));
        }

        var watch = Stopwatch.StartNew();
        var profile = CivilStatusProfile.Default;
        var settings = BulkDeduplicationSettings.Defaults(path, format);
        var run = BulkDeduplicationRun.Read(path, format, reader => BulkRun.Deduplicate(reader, BulkDeduplicationRun.Options(settings), new BulkProgressDisplay(progress), cancellationToken));
        BulkDeduplicationRun.RequireRecords(path, run.Inputs[0]);
        var seconds = watch.Elapsed.TotalSeconds;
        var records = run.Records;
        var result = run.Matching;

        // The pairs the run compared, blocked again for the measure (blocking is deterministic).
        var blocked = BulkLinkage.Block(profile.Profile, records, settings.MaxBlockSize);

        progress.Start("measure", 0);
        var evaluation = ClassEvaluation.Measure(name, records.Select(r => r.Id).ToArray(), result.Clusters.ClusterOf, blocked, truth);
        progress.Done(string.Create(CultureInfo.InvariantCulture, $"{evaluation.Overall.TruePairs:N0} true pairs"));
        cancellationToken.ThrowIfCancellationRequested();

        progress.Start("field loss", 0);
        var labels = new Dictionary<string, int>(StringComparer.Ordinal);
        var personOf = personRecords.Select(r => labels.TryGetValue(truth.PersonOf[r.Id], out var label) ? label : labels[truth.PersonOf[r.Id]] = labels.Count).ToArray();
        var fieldLoss = BlockingAnalysis.FieldLoss(profile, personRecords, personOf);
        progress.Done(string.Join(", ", fieldLoss.Select(f => f.Field)));
        return evaluation with { ReviewPairs = result.ReviewPairs.Count, FieldLoss = fieldLoss, Seconds = Math.Round(seconds, 2) };
    }
}
