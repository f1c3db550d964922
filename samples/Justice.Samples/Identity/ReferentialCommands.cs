using System.CommandLine;
using System.Globalization;
using Justice.Domain.Identity.PostgreSql;
using Justice.Domain.Identity.Referential;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Serialization;
using Justice.Domain.Identity.Sqlite;
using Justice.Samples.Cli;
using Justice.Samples.IdentityScale;
using Justice.Domain.Identity.Synthetic;
using Spectre.Console;

namespace Justice.Samples.Identity;

/// <summary>
/// <c>justice identity referential import|find|remove|dedupe|stats</c>: the person referential kept in a database
/// (<see cref="PersonReferential"/>), record by record, across runs.
/// </summary>
internal static class ReferentialCommands
{
    /// <summary>The <c>referential</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var referential = new Command("referential", "The person referential in a database (SQLite file): import, find, remove, dedupe, stats.");
        referential.Subcommands.Add(Import(context));
        referential.Subcommands.Add(Find(context));
        referential.Subcommands.Add(Remove(context));
        referential.Subcommands.Add(Dedupe(context));
        referential.Subcommands.Add(Stats(context));
        return referential;
    }

    private static Command Import(CliContext context)
    {
        var store = new ReferentialStoreOptions();
        var input = new Option<string>("--input") { Description = "persons.csv to import (records keyed by id: a new id is added, a changed record replaced, an identical one left as it is)", Required = true };
        var batch = new Option<int?>("--batch") { Description = FormattableString.Invariant($"records per atomic batch (default: {SqlitePersonStore.DefaultImportBatchSize:N0} into SQLite, {PostgreSqlPersonStore.DefaultImportBatchSize:N0} into PostgreSQL: a batch rewrites the key buckets it touches, at the cost of about two batches of prepared records in memory)") };
        var model = new Option<string?>("--model") { Description = "a trained model (JSON) to store; without it, a model is trained on the stored records when the referential has none" };
        var retrain = new Option<bool>("--retrain") { Description = "train the model again on all stored records after the import" };
        var noNameEdits = new Option<bool>("--no-name-edit-rules") { Description = "for a new referential: leave out the four edit blocking rules, name-edit-* and surname-edit-* (several times fewer keys, a faster import and a smaller file; a typo that changes a name's phonetic code is found less often)" };
        var source = new Option<string?>("--source") { Description = "the source system recorded on every record of the file (default: the file's name); a record whose source changes is replaced, so name the source when the same records may come in files of other names" };
        var json = new Option<bool>("--json") { Description = "print the summary as JSON" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display (for scripts)." };
        var encoding = InputOptions.Encoding();
        var delimiter = InputOptions.Delimiter();
        var command = new Command("import", "Imports persons.csv into the referential in atomic batches, then trains or stores the model.") { input, batch, model, retrain, noNameEdits, source, json, quiet, encoding, delimiter };
        store.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(input)!;
            var size = parse.GetValue(batch) ?? (parse.GetValue(store.Postgres) ? PostgreSqlPersonStore.DefaultImportBatchSize : SqlitePersonStore.DefaultImportBatchSize);
            if (size < 1)
            {
                throw new CliUsageException("--batch must be 1 or more");
            }

            var sourceSystem = parse.GetValue(source);
            if (sourceSystem is not null && string.IsNullOrWhiteSpace(sourceSystem))
            {
                throw new CliUsageException("--source must name a source system (not blank)");
            }

            var format = InputOptions.Format(parse, encoding, delimiter);
            var modelPath = parse.GetValue(model);
            var given = modelPath is null ? null : BulkDeduplicationRun.LoadModel(modelPath);
            var opened = await store.OpenAsync(parse, cancellationToken);
            await using var disposable = opened as IAsyncDisposable;
            var referentialOf = await ReferentialStoreOptions.ReferentialAsync(opened, parse.GetValue(noNameEdits), cancellationToken);
            var (read, summary, modelNote, _, _) = ScaleProgress.Run(parse.GetValue(quiet) || parse.GetValue(json), IdentityScaleCommands.LiveConsole(context), context.Error, progress =>
                ImportFile(progress, referentialOf, opened, path, sourceSystem, format, size, modelPath, given, parse.GetValue(retrain), cancellationToken));

            foreach (var error in read.Errors.Take(50).Concat(summary.Errors.Take(50)))
            {
                context.Error.WriteLine("rejected: " + error);
            }

            if (parse.GetValue(json))
            {
                context.Out.WriteLine(CliJson.Serialize(summary, ReferentialJsonContext.Default.ReferentialImportSummary));
                return 0;
            }

            context.Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{summary.Read:N0} records imported into {store.Describe(parse)}: {summary.Added:N0} added, {summary.Replaced:N0} replaced, {summary.Unchanged:N0} unchanged, {summary.Rejected:N0} rejected; {read.RejectedRows:N0} rows of the file rejected before import."));
            context.Console.WriteLine(modelNote + ".");
            return 0;
        });
        return command;
    }

    /// <summary>
    /// The stages of <c>import</c>, shared by <c>identity cluster-demo</c>: reads a persons file (the package's reader),
    /// each record from <paramref name="sourceSystem"/> (null: the file's name), imports its records in batches with
    /// progress, then stores the model given, or trains one on the stored records when the referential has none (or
    /// <paramref name="retrain"/>).
    /// </summary>
    /// <returns>The file read, the import's summary, what was done with the model and the time of each stage.</returns>
    internal static ReferentialFileImport ImportFile(
        ScaleProgress progress, PersonReferential referential, IPersonStore store, string path, string? sourceSystem, InputFormat format, int batchSize, string? modelPath, MatchModel? given, bool retrain, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // The file is read as it is imported: a batch is written while the next one is read and prepared.
        progress.Start("read and import", 0);
        var importing = false;
        PersonCsvStream read;
        ReferentialImportSummary summary;
        try
        {
            (read, summary) = TextInput.Read(path, format.Encoding, reader =>
            {
                var rows = IdentityCsv.Stream(reader, sourceSystem ?? Path.GetFileName(path), Path.GetFileName(path), format.Delimiter);
                importing = true;
                var summary = referential.ImportAsync(rows.Records, batchSize, new InlineProgress<ReferentialImportSummary>(s => progress.Report(s.Read)), cancellationToken).GetAwaiter().GetResult();
                return (rows, summary);
            });
        }
        catch (InvalidDataException error) when (importing)
        {
            throw new InvalidDataException(
                error.Message + " The batches read before that line are stored, each whole; once the file is repaired, the same import stores the rest and leaves those unchanged.",
                error);
        }

        progress.Done(FormattableString.Invariant($"{summary.Added:N0} added, {summary.Replaced:N0} replaced, {summary.Unchanged:N0} unchanged, {summary.Rejected:N0} rejected; {read.RejectedRows:N0} rows of the file rejected"));
        var importTime = clock.Elapsed;
        string note;
        if (given is not null)
        {
            referential.UseModelAsync(given, cancellationToken).GetAwaiter().GetResult();
            note = "model stored from " + Path.GetFileName(modelPath);
        }
        else if (!referential.HasStoredModel || retrain)
        {
            progress.Start("train", 0);
            var stored = store.StatisticsAsync(cancellationToken).GetAwaiter().GetResult().Records;
            if (stored < 2)
            {
                note = "no model trained (fewer than two records stored)";
            }
            else
            {
                referential.TrainAsync(cancellationToken: cancellationToken).GetAwaiter().GetResult();
                note = FormattableString.Invariant($"model trained on {stored:N0} records and stored");
            }

            progress.Done(note);
        }
        else
        {
            note = "stored model kept (--retrain to train it again)";
        }

        return new ReferentialFileImport(read, summary, note, importTime, clock.Elapsed - importTime);
    }

    private static Command Find(CliContext context)
    {
        var store = new ReferentialStoreOptions();
        var query = new Option<string>("--query") { Description = "\"SURNAME;First names;YYYY-MM-DD[;commune code[;sex]]\" or a JSON person record", Required = true };
        var top = new Option<int>("--top") { Description = "how many candidates", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "print the candidates as JSON" };
        var command = new Command("find", "Finds the stored persons most likely to be the query, ranked, with the per-field explanation.") { query, top, json };
        store.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var wanted = IdentityModule.ParseQuery(parse.GetValue(query)!);
            if (parse.GetValue(top) < 1)
            {
                throw new CliUsageException("--top must be 1 or more");
            }

            var opened = await store.OpenAsync(parse, cancellationToken);
            await using var disposable = opened as IAsyncDisposable;
            var referential = await ReferentialStoreOptions.ReferentialAsync(opened, withoutNameEditRules: false, cancellationToken);
            if (!referential.HasStoredModel)
            {
                context.Error.WriteLine("note: the referential has no trained model; scores use the profile's starting model (run import, or import --retrain).");
            }

            var found = await referential.FindAsync(wanted, parse.GetValue(top), cancellationToken);
            return IdentityModule.PrintCandidates(context, found, parse.GetValue(json), "stored");
        });
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var store = new ReferentialStoreOptions();
        var ids = new Option<string[]>("--id") { Description = "a record id to remove (repeat the option for several)", Required = true, AllowMultipleArgumentsPerToken = true };
        var command = new Command("remove", "Removes records from the referential by id, in one atomic batch.") { ids };
        store.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var opened = await store.OpenAsync(parse, cancellationToken);
            await using var disposable = opened as IAsyncDisposable;
            var referential = await ReferentialStoreOptions.ReferentialAsync(opened, withoutNameEditRules: false, cancellationToken);
            var wanted = parse.GetValue(ids)!;
            int removed;
            try
            {
                removed = await referential.RemoveAsync(wanted, cancellationToken);
            }
            catch (ArgumentException e)
            {
                throw new CliUsageException("--id: " + e.Message, e);
            }

            context.Console.WriteLine(FormattableString.Invariant($"{removed:N0} of {wanted.Length:N0} ids removed (an id not stored is ignored)."));
            return 0;
        });
        return command;
    }

    private static Command Dedupe(CliContext context)
    {
        var store = new ReferentialStoreOptions();
        var output = new Option<string?>("--output") { Description = "write id,cluster_id for every stored record to this CSV file (the format of identity dedupe)" };
        var json = new Option<bool>("--json") { Description = "print the bulk result as JSON" };
        var command = new Command("dedupe", "Deduplicates every stored record with the stored model: clusters and pairs for review.") { output, json };
        store.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var files = new OutputFiles(("--db", parse.GetValue(store.Postgres) ? null : parse.GetValue(store.Database)));
            var outputPath = parse.GetValue(output) is { } o ? files.Add(o, "--output") : null;
            var opened = await store.OpenAsync(parse, cancellationToken);
            await using var disposable = opened as IAsyncDisposable;
            var referential = await ReferentialStoreOptions.ReferentialAsync(opened, withoutNameEditRules: false, cancellationToken);
            var run = await referential.DeduplicateAsync(cancellationToken: cancellationToken);
            var result = run.Result;
            if (outputPath is not null)
            {
                files.Write(outputPath, writer => IdentityCsv.WritePairs(writer, ("id", "cluster_id"), run.Assignments()));
                files.Commit();
            }

            if (parse.GetValue(json))
            {
                context.Out.WriteLine(CliJson.Serialize(result, IdentityJsonContext.Default.BulkResult));
                return 0;
            }

            context.Console.WriteLine(FormattableString.Invariant(
                $"{run.Ids.Count:N0} records in {result.Clusters.Report.ClusterCount:N0} clusters; {result.PairsCompared:N0} pairs compared, {result.MatchPairs:N0} matches, {result.ReviewPairs.Count:N0} pairs for review."));
            return 0;
        });
        return command;
    }

    private static Command Stats(CliContext context)
    {
        var store = new ReferentialStoreOptions();
        var queries = new Option<int>("--queries") { Description = "also time Find: this many stored records, drawn with --seed, searched one by one (latency percentiles), then all at once on --threads threads (throughput)", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = "the seed of the query draw", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "threads for the throughput run", DefaultValueFactory = _ => Environment.ProcessorCount };
        var json = new Option<bool>("--json") { Description = "print the statistics as JSON" };
        var command = new Command("stats", "Counts what the referential holds (records, blocking-key postings, distinct keys, schema and model versions) and, with --queries, times Find.") { queries, seed, threads, json };
        store.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(queries);
            if (count < 0 || parse.GetValue(threads) < 1)
            {
                throw new CliUsageException("--queries must be 0 or more and --threads 1 or more");
            }

            var opened = await store.OpenAsync(parse, cancellationToken);
            await using var disposable = opened as IAsyncDisposable;
            var statistics = await opened.StatisticsAsync(cancellationToken);
            FindTiming? timing = null;
            if (count > 0)
            {
                var referential = await ReferentialStoreOptions.ReferentialAsync(opened, withoutNameEditRules: false, cancellationToken);
                timing = await FindTiming.MeasureAsync(referential, count, parse.GetValue(seed), parse.GetValue(threads), cancellationToken);
            }

            if (parse.GetValue(json))
            {
                context.Out.WriteLine(CliJson.Serialize(new ReferentialStatsSummary(statistics, timing), IdentityScaleJsonContext.Default.ReferentialStatsSummary));
                return 0;
            }

            context.Console.WriteLine(FormattableString.Invariant(
                $"{statistics.Records:N0} records, {statistics.KeyPostings:N0} blocking-key postings over {statistics.DistinctKeys:N0} keys; schema version {statistics.SchemaVersion}; model: {(statistics.ModelVersion is { } v ? "version " + v.ToString(CultureInfo.InvariantCulture) : "none")}."));
            if (timing is not null)
            {
                context.Console.WriteLine(FormattableString.Invariant(
                    $"Find on {timing.Queries:N0} stored records (top 5): median {timing.MedianMicroseconds:N0} µs, 95th percentile {timing.P95Microseconds:N0} µs, {timing.MeanCandidates:N1} candidates on average; {timing.QueriesPerSecond:N0} queries/s on {timing.Threads} threads."));
            }

            return 0;
        });
        return command;
    }

    /// <summary>Reports on the calling thread.</summary>
    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
