using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Justice.Domain.Identity.Orleans;
using Justice.Domain.Identity.Referential;
using Justice.Samples.Cli;
using Justice.Samples.IdentityScale;
using Spectre.Console;

namespace Justice.Samples.Identity;

/// <summary>
/// <c>justice identity cluster-demo</c>: the person referential partitioned by blocking key over an Orleans cluster of
/// several silos in this process (<see cref="LocalCluster"/>): imports a persons file through an
/// <see cref="OrleansPersonStore"/> as <c>identity referential import</c> does, deduplicates it with
/// <see cref="PersonReferential.DeduplicateAsync"/>, writes the clusters as <c>identity dedupe</c> does, and prints what
/// each silo holds.
/// </summary>
internal static class ClusterDemoCommand
{
    /// <summary>The referential's name in the cluster (the prefix of its grains' keys).</summary>
    private const string Name = "cluster-demo";

    /// <summary>
    /// Records per import batch: a batch sends each partition one change holding the postings of the batch's records,
    /// each with its record's document. A file of tens of thousands of records in one batch
    /// (<see cref="PersonReferential.DefaultBatchSize"/>) makes messages that a busy machine failed to deliver within
    /// the response timeout; batches of 5,000 keep the messages smaller and the progress moving.
    /// </summary>
    private const int DefaultBatchSize = 5_000;

    /// <summary>Creates the command.</summary>
    /// <param name="context">Where the command writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var silos = new Option<int>("--silos") { Description = "silos to start in this process (each on free local ports)", DefaultValueFactory = _ => 3 };
        var input = new Option<string>("--input") { Description = "persons.csv (identity schema, header row), imported into the cluster", Required = true };
        var output = new Option<string>("--output") { Description = "clusters.csv to write (id,cluster_id, as identity dedupe); written to a temporary file renamed at the end", Required = true };
        var partitions = new Option<int>("--partitions") { Description = "partition grains of the referential", DefaultValueFactory = _ => new OrleansStoreOptions().Partitions };
        var batch = new Option<int>("--batch") { Description = "records per import batch (each batch is one message to each partition it touches)", DefaultValueFactory = _ => DefaultBatchSize };
        var queries = new Option<int>("--queries") { Description = "also time Find through the cluster: this many stored records, drawn with seed 1, searched one by one (median and 95th percentile), then all at once on two threads", DefaultValueFactory = _ => 0 };
        var model = new Option<string?>("--model") { Description = "a trained model (JSON) to store and deduplicate with, as identity dedupe --model; without it, a model is trained on the imported records" };
        var postgres = new Option<bool>("--postgres") { Description = "keep the grains' state in PostgreSQL (Orleans' ADO.NET grain storage; its tables are created when absent, this demonstration's rows deleted first); the connection string is read from the environment variable " + ReferentialStoreOptions.PostgresVariable };
        var rebalance = new Option<bool>("--rebalance") { Description = "after the import, spread the partitions evenly over the silos (OrleansPersonStore.RebalanceAsync: each silo ends with the floor or the ceiling of partitions/silos), then deduplicate" };
        var client = new Option<string>("--client") { Description = "where the command's client runs: co-hosted (in the first silo's host, as a service that exposes the referential runs) or external (a client host of its own that reaches the silos through their gateways, as another process does)", DefaultValueFactory = _ => "co-hosted" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display (for scripts)." };
        var encoding = InputOptions.Encoding();
        var delimiter = InputOptions.Delimiter();
        var command = new Command("cluster-demo", "Starts an Orleans cluster of --silos silos in this process, imports persons.csv into the referential partitioned over it, deduplicates it into clusters.csv and prints each silo's partitions; the silos stop at the end and on Ctrl+C.")
        {
            silos, input, output, partitions, batch, queries, model, postgres, rebalance, client, quiet, encoding, delimiter,
        };
        command.SetAction(parse => IdentityScaleCommands.WithCancellation(token => RunAsync(parse, token).GetAwaiter().GetResult()));
        return command;

        // Ctrl+C cancels the token (WithCancellation): the run stops between batches, the silos stop at once, and no
        // output is left behind.
        async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
        {
            var count = parse.GetValue(silos);
            if (count < 1)
            {
                throw new CliUsageException("--silos must be 1 or more");
            }

            var options = new OrleansStoreOptions { Partitions = parse.GetValue(partitions) };
            if (options.Partitions < 1)
            {
                throw new CliUsageException("--partitions must be 1 or more");
            }

            var size = parse.GetValue(batch);
            if (size < 1)
            {
                throw new CliUsageException("--batch must be 1 or more");
            }

            var placement = CliChoice.Parse<ClusterClient>("--client", parse.GetValue(client)!);
            var timed = parse.GetValue(queries);
            if (timed < 0)
            {
                throw new CliUsageException("--queries must be 0 or more");
            }

            var path = Path.GetFullPath(parse.GetValue(input)!);
            if (!File.Exists(path))
            {
                throw new CliUsageException("persons file not found: " + path);
            }

            var modelPath = parse.GetValue(model);
            var given = modelPath is null ? null : BulkDeduplicationRun.LoadModel(modelPath);
            var format = InputOptions.Format(parse, encoding, delimiter);
            using var files = new OutputFiles(("--input", path));
            var outputPath = files.Add(parse.GetValue(output)!, "--output");
            string? connection = null;
            if (parse.GetValue(postgres))
            {
                connection = Environment.GetEnvironmentVariable(ReferentialStoreOptions.PostgresVariable);
                if (string.IsNullOrWhiteSpace(connection))
                {
                    throw new CliUsageException("--postgres: set the environment variable " + ReferentialStoreOptions.PostgresVariable + " to the connection string (for example Host=/run/postgresql;Database=referential;Username=referential_writer)");
                }

                try
                {
                    await OrleansStorageSchema.PrepareAsync(connection, LocalCluster.ServiceId, cancellationToken);
                }
                catch (Npgsql.NpgsqlException e)
                {
                    throw new CliUsageException("--postgres: " + e.Message, e);
                }
            }

            var silent = parse.GetValue(quiet);
            if (!silent)
            {
                context.Error.WriteLine(FormattableString.Invariant($"starting {count} silo(s) in this process..."));
            }

            var starting = Stopwatch.StartNew();
            var cluster = await LocalCluster.StartAsync(count, connection, placement, cancellationToken);
            var startTime = starting.Elapsed;
            var graceful = false;
            try
            {
                using var store = new OrleansPersonStore(cluster.Client, Name, options);
                var referential = await ReferentialStoreOptions.ReferentialAsync(store, withoutNameEditRules: false, cancellationToken);
                var spread = parse.GetValue(rebalance);
                var (imported, moves, rebalanceTime, run, dedupeTime) = ScaleProgress.Run(silent, IdentityScaleCommands.LiveConsole(context), context.Error, progress =>
                {
                    var imported = ReferentialCommands.ImportFile(progress, referential, store, path, sourceSystem: null, format, size, modelPath, given, retrain: false, cancellationToken);
                    BulkDeduplicationRun.RequireRecords(path, imported.Read.RecordsRead, imported.Read.Errors, imported.Read.RejectedRows);
                    IReadOnlyList<PartitionMove> moves = [];
                    var rebalancing = Stopwatch.StartNew();
                    if (spread)
                    {
                        progress.Start("rebalance", 0);
                        moves = store.RebalanceAsync(cancellationToken).GetAwaiter().GetResult();
                        progress.Done(FormattableString.Invariant($"{moves.Count(m => m.Moved):N0} partition(s) moved"));
                    }

                    var rebalanceTime = rebalancing.Elapsed;
                    progress.Start("dedupe", 0);
                    var clock = Stopwatch.StartNew();
                    var run = referential.DeduplicateAsync(progress: progress, cancellationToken: cancellationToken).GetAwaiter().GetResult();
                    var dedupeTime = clock.Elapsed;
                    progress.Done(FormattableString.Invariant($"{run.Result.Clusters.Report.ClusterCount:N0} clusters"));
                    files.Write(outputPath, writer => BulkDeduplicationRun.WriteClusters(writer, run.Ids.Count, i => run.Ids[i], run.Result.Clusters, progress, cancellationToken));
                    files.Commit(cancellationToken);
                    progress.Done(Path.GetFileName(outputPath));
                    return (imported, moves, rebalanceTime, run, dedupeTime);
                });

                foreach (var error in imported.Read.Errors.Take(50).Concat(imported.Summary.Errors.Take(50)))
                {
                    context.Error.WriteLine("rejected: " + error);
                }

                var sizes = await store.PartitionSizesAsync(cancellationToken);
                var hosts = (await store.PartitionSilosAsync(cancellationToken)).Select(cluster.SiloNumber).ToArray();
                Print(context, cluster.Silos, sizes, hosts);
                var result = run.Result;
                context.Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{imported.Summary.Read:N0} records imported into {options.Partitions} partitions on {count} silo(s): {imported.Summary.Added:N0} added, {imported.Summary.Rejected:N0} rejected; {imported.Read.RejectedRows:N0} rows of the file rejected before import."));
                context.Console.WriteLine(imported.ModelNote + ".");
                context.Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{run.Ids.Count:N0} records in {result.Clusters.Report.ClusterCount:N0} clusters; {result.PairsCompared:N0} pairs compared, {result.MatchPairs:N0} matches, {result.ReviewPairs.Count:N0} pairs for review; {run.PreparedFromDocuments:N0} record copies prepared again from their documents (the others read from the prepared form sent at import); clusters written to {Path.GetFileName(outputPath)}."));
                context.Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Wall times: silos started {startTime.TotalSeconds:F1} s, read and import {imported.ImportTime.TotalSeconds:F1} s, model {imported.ModelTime.TotalSeconds:F1} s{(spread ? FormattableString.Invariant($", rebalance {rebalanceTime.TotalSeconds:F1} s") : string.Empty)}, dedupe {dedupeTime.TotalSeconds:F1} s."));
                if (spread)
                {
                    var (fewest, most) = (options.Partitions / count, (options.Partitions + count - 1) / count);
                    var aim = fewest == most ? FormattableString.Invariant($"{fewest}") : FormattableString.Invariant($"{fewest} or {most}");
                    context.Console.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"Rebalance: {moves.Count(m => m.Moved):N0} of {moves.Count:N0} planned move(s) made, each silo to hold {aim} partition(s); a move not made leaves its partition serving where it was."));
                }

                if (connection is not null)
                {
                    foreach (var (type, grains, bytes, largest) in await OrleansStorageSchema.SizesAsync(connection, LocalCluster.ServiceId, cancellationToken))
                    {
                        context.Console.WriteLine(string.Create(
                            CultureInfo.InvariantCulture,
                            $"Stored state ({type}): {grains:N0} grain(s), {bytes:N0} bytes, the largest {largest:N0} bytes."));
                    }
                }

                if (timed > 0)
                {
                    var timing = await FindTiming.MeasureAsync(referential, timed, seed: 1, threads: 2, cancellationToken);
                    context.Console.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"Find through the cluster ({timing.Queries:N0} stored records as queries): median {timing.MedianMicroseconds:N0} µs, 95th percentile {timing.P95Microseconds:N0} µs, {timing.MeanCandidates:F1} candidates; {timing.QueriesPerSecond:N0} queries/s on {timing.Threads} threads."));
                }

                graceful = true;
                return 0;
            }
            finally
            {
                await cluster.StopAsync(graceful && !cancellationToken.IsCancellationRequested);
            }
        }
    }

    /// <summary>
    /// Prints each silo's partitions (records, postings, held records) with the silo's totals, then the skew: the
    /// largest partition's postings over the mean.
    /// </summary>
    private static void Print(CliContext context, IReadOnlyList<string> silos, IReadOnlyList<PartitionSize> sizes, IReadOnlyList<int> hosts)
    {
        static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
        var table = new Table()
            .AddColumn("Silo")
            .AddColumn(new TableColumn("Partition").RightAligned())
            .AddColumn(new TableColumn("Records").RightAligned())
            .AddColumn(new TableColumn("Postings").RightAligned())
            .AddColumn(new TableColumn("Held records").RightAligned());
        var groups = Enumerable.Range(1, silos.Count).Select(s => (Name: s.ToString(CultureInfo.InvariantCulture) + " (" + silos[s - 1] + ")", Parts: sizes.Where(p => hosts[p.Partition] == s).ToArray()))
            .Append((Name: "not found", Parts: sizes.Where(p => hosts[p.Partition] == 0).ToArray()))
            .Where((g, i) => i < silos.Count || g.Parts.Length > 0);
        foreach (var (name, parts) in groups)
        {
            foreach (var part in parts)
            {
                table.AddRow(Markup.Escape(name), N(part.Partition), N(part.Records), N(part.Postings), N(part.HeldRecords));
            }

            table.AddRow(
                "[bold]" + Markup.Escape(name) + "[/]",
                "[bold]" + N(parts.Length) + " partition(s)[/]",
                "[bold]" + N(parts.Sum(p => p.Records)) + "[/]",
                "[bold]" + N(parts.Sum(p => p.Postings)) + "[/]",
                "[bold]" + N(parts.Sum(p => p.HeldRecords)) + "[/]");
        }

        context.Console.Write(table);
        var mean = sizes.Count == 0 ? 0 : sizes.Average(p => (double)p.Postings);
        var largest = sizes.Count == 0 ? null : sizes.MaxBy(p => p.Postings);
        context.Console.WriteLine(largest is null || mean == 0
            ? "Skew: no postings."
            : string.Create(CultureInfo.InvariantCulture, $"Skew: the largest partition ({largest.Partition}) holds {largest.Postings:N0} postings, {largest.Postings / mean:F2} times the mean ({mean:N0})."));
    }
}
