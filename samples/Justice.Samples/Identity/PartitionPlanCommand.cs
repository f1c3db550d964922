using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Justice.Domain.Identity.Orleans;
using Justice.Domain.Identity.Referential;
using Justice.Domain.Identity.Synthetic;
using Justice.Samples.Cli;
using Spectre.Console;

namespace Justice.Samples.Identity;

/// <summary>
/// <c>justice identity partition-plan</c>: the layout an <see cref="OrleansPersonStore"/> would give a persons file on
/// several numbers of partitions (<see cref="PartitionPlan"/>), computed in this process without a cluster: skew,
/// copies of the records, import payload, and the grain calls and bytes of a query.
/// </summary>
internal static class PartitionPlanCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where the command writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var input = new Option<string>("--input") { Description = "persons.csv (identity schema, header row)", Required = true };
        var partitions = new Option<string>("--partitions") { Description = "the numbers of partitions to plan, comma-separated", DefaultValueFactory = _ => "3,16,64" };
        var threshold = new Option<int>("--hot-key-threshold") { Description = "postings of a key on one partition above which the key is spread", DefaultValueFactory = _ => new OrleansStoreOptions().HotKeyThreshold };
        var queries = new Option<int>("--queries") { Description = "records of the file used as queries (every n-th record) for the per-query figures", DefaultValueFactory = _ => 2000 };
        var encoding = InputOptions.Encoding();
        var delimiter = InputOptions.Delimiter();
        var command = new Command("partition-plan", "Computes, without a cluster, how an Orleans referential would partition persons.csv: per number of partitions the skew, the copies of the records, the import payload, and the grain calls and bytes of a query.")
        {
            input, partitions, threshold, queries, encoding, delimiter,
        };
        command.SetAction(parse => IdentityScale.IdentityScaleCommands.WithCancellation(token => Run(parse, token)));
        return command;

        int Run(ParseResult parse, CancellationToken cancellationToken)
        {
            var counts = ParseCounts(parse.GetValue(partitions)!);
            var hot = parse.GetValue(threshold);
            if (hot < 2)
            {
                throw new CliUsageException("--hot-key-threshold must be 2 or more");
            }

            var sample = parse.GetValue(queries);
            if (sample < 1)
            {
                throw new CliUsageException("--queries must be 1 or more");
            }

            var path = Path.GetFullPath(parse.GetValue(input)!);
            if (!File.Exists(path))
            {
                throw new CliUsageException("persons file not found: " + path);
            }

            var format = InputOptions.Format(parse, encoding, delimiter);
            var clock = Stopwatch.StartNew();
            var read = IdentityCsv.Read(path, encoding: format.Encoding, delimiter: format.Delimiter);
            var records = read.Records.GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.Last()).ToArray();
            var referential = PersonReferential.OpenAsync(new InMemoryPersonStore(), cancellationToken: cancellationToken).GetAwaiter().GetResult();
            var stored = records.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(referential.StoredFormOf).ToArray();
            var step = Math.Max(1, records.Length / sample);
            var requests = records.Where((_, i) => i % step == 0).Take(sample).Select(referential.CandidateRequestFor).ToArray();
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stored.Length:N0} records prepared ({read.RejectedRows:N0} rows rejected) in {clock.Elapsed.TotalSeconds:F1} s; {requests.Length:N0} queries."));

            var table = new Table()
                .AddColumn(new TableColumn("Partitions").RightAligned())
                .AddColumn(new TableColumn("Postings skew").RightAligned())
                .AddColumn(new TableColumn("Held-records skew").RightAligned())
                .AddColumn(new TableColumn("Home skew").RightAligned())
                .AddColumn(new TableColumn("Spread keys").RightAligned())
                .AddColumn(new TableColumn("Postings per record").RightAligned())
                .AddColumn(new TableColumn("Copies per record").RightAligned())
                .AddColumn(new TableColumn("Import B/record").RightAligned())
                .AddColumn(new TableColumn("Read-all B/record").RightAligned())
                .AddColumn(new TableColumn("Find: partitions (median)").RightAligned())
                .AddColumn(new TableColumn("Find: messages (median)").RightAligned())
                .AddColumn(new TableColumn("Find: KB (mean)").RightAligned())
                .AddColumn(new TableColumn("Find: records sent (mean)").RightAligned());
            double formBytes = 0;
            foreach (var count in counts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var plan = PartitionPlan.Build(stored, new OrleansStoreOptions { Partitions = count, HotKeyThreshold = hot });
                formBytes = plan.PreparedFormBytesPerRecord;
                var footprints = requests.Select(plan.Footprint).ToArray();
                var copies = stored.Length == 0 ? 0 : plan.Sizes.Sum(s => s.HeldRecords) / (double)stored.Length;
                table.AddRow(
                    Invariant($"{count}"),
                    Invariant($"{plan.PostingSkew:F3}"),
                    Invariant($"{plan.HeldRecordSkew:F3}"),
                    Invariant($"{plan.HomeSkew:F3}"),
                    Invariant($"{plan.SpreadKeys.Count:N0}"),
                    Invariant($"{(stored.Length == 0 ? 0 : plan.Sizes.Sum(s => s.Postings) / (double)stored.Length):F1}"),
                    Invariant($"{copies:F2}"),
                    Invariant($"{plan.ImportBytesPerRecord:N0}"),
                    Invariant($"{plan.ReadAllBytesPerRecord:N0}"),
                    Invariant($"{Median(footprints.Select(f => f.PartitionsAsked))}"),
                    Invariant($"{Median(footprints.Select(f => f.Messages))}"),
                    Invariant($"{footprints.Average(f => f.RequestBytes + f.ReplyBytes) / 1024.0:F1}"),
                    Invariant($"{footprints.Average(f => f.RecordsSent):F1}"));
            }

            context.Console.Write(table);
            context.Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{stored.Length:N0} records, hot-key threshold {hot:N0}, prepared form {formBytes:N0} B per record; skew = largest partition over the mean; copies = held records of all partitions per record; bytes are the payload of the grain calls (UTF-8 ids and documents, prepared forms, 8-byte keys and positions), without Orleans' headers."));
            return 0;
        }
    }

    private static int[] ParseCounts(string text)
    {
        var counts = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            {
                throw new CliUsageException("--partitions: '" + part + "' is not a number of partitions (1 or more)");
            }

            counts.Add(count);
        }

        return counts.Count == 0 ? throw new CliUsageException("--partitions needs at least one number") : [.. counts];
    }

    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
