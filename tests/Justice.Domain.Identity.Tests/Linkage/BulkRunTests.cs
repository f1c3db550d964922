using System.Globalization;
using System.Text;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Synthetic;
using Justice.Domain.Identity.Tests.Records;

namespace Justice.Domain.Identity.Tests.Linkage;

public sealed class BulkRunTests
{
    private static readonly Lazy<SyntheticDataset> Data = new(() => new SyntheticGenerator().Generate(800, 11));

    private static readonly BulkStage[] Stages = [BulkStage.Read, BulkStage.Train, BulkStage.Block, BulkStage.Compare, BulkStage.Cluster];

    [Fact]
    public void Deduplicate_TextReaderAndRecords_SameClustersOfEveryRecord()
    {
        var text = Csv(Data.Value.Rows);
        var fromText = BulkRun.Deduplicate(new StringReader(text), new BulkRunOptions { ChunkChars = 4096 }, null, CancellationToken.None);
        var fromRecords = BulkRun.Deduplicate(Data.Value.Records(), new BulkRunOptions(), null, CancellationToken.None);

        var expectedIds = Data.Value.Records().Select(r => r.Id).ToList();
        Assert.Equal(expectedIds, fromText.Records.Select(r => r.Id));
        Assert.Equal(expectedIds, fromRecords.Records.Select(r => r.Id));
        Assert.Equal(ClusterIds(fromRecords), ClusterIds(fromText));
        Assert.True(fromText.ModelTrained);
        Assert.Equal(Json(fromRecords.Model), Json(fromText.Model));

        // The run found duplicates (fewer clusters than records), and every record is in a cluster.
        Assert.Equal(expectedIds.Count, fromText.Matching.Clusters.ClusterOf.Count);
        Assert.InRange(fromText.Matching.Clusters.Report.ClusterCount, 800 * 9 / 10, expectedIds.Count - 100);
        Assert.Equal(expectedIds.Count, fromText.Inputs[0].Records);
        Assert.Equal(fromText.Inputs[0].Rows - fromText.Inputs[0].Records, fromText.Inputs[0].Rejected);
    }

    [Fact]
    public void Deduplicate_Stream_SameResultAsTheTextReader()
    {
        var text = Csv(Data.Value.Rows.Take(400));
        using var stream = new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray());
        var fromStream = BulkRun.Deduplicate(stream, null, new BulkRunOptions(), null, CancellationToken.None);
        var fromText = BulkRun.Deduplicate(new StringReader(text), new BulkRunOptions(), null, CancellationToken.None);
        Assert.Equal(ClusterIds(fromText), ClusterIds(fromStream));
        Assert.True(stream.CanRead);
    }

    [Fact]
    public void Deduplicate_InvalidUtf8_FailsNamingTheInput()
    {
        var bytes = Encoding.UTF8.GetBytes(Csv(Data.Value.Rows.Take(20))).Concat(new byte[] { 0xC3, 0x28, (byte)'\n' }).ToArray();
        using var stream = new MemoryStream(bytes);
        var error = Assert.Throws<InvalidDataException>(() => BulkRun.Deduplicate(stream, null, new BulkRunOptions { InputName = "export.csv" }, null, CancellationToken.None));
        Assert.StartsWith("export.csv has bytes that its encoding does not define", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deduplicate_Progress_EachStageStartsRunsAndEndsInOrder()
    {
        var progress = new Recorder();
        var result = BulkRun.Deduplicate(new StringReader(Csv(Data.Value.Rows)), new BulkRunOptions { ChunkChars = 4096 }, progress, CancellationToken.None);

        var reports = progress.Reports;
        Assert.Equal(Stages, reports.Where(r => r.Done == 0 && !r.Finished).Select(r => r.Stage));
        Assert.Equal(Stages, reports.Where(r => r.Finished).Select(r => r.Stage));
        foreach (var stage in Stages)
        {
            var ofStage = reports.Where(r => r.Stage == stage).ToList();
            Assert.False(ofStage[0].Finished);
            Assert.True(ofStage[^1].Finished);
            Assert.True(ofStage.Zip(ofStage.Skip(1)).All(p => p.First.Done <= p.Second.Done), stage + " went back");
        }

        // The read reports running counts of rows (several chunks), and each stage ends on its count.
        Assert.True(reports.Count(r => r.Stage == BulkStage.Read && !r.Finished && r.Done > 0) > 1);
        Assert.Equal(result.Inputs[0].Rows, reports.Single(r => r.Stage == BulkStage.Read && r.Finished).Done);
        Assert.Equal(result.Matching.PairsCompared, reports.Single(r => r.Stage == BulkStage.Compare && r.Finished).Done);
        Assert.Equal(result.Records.Count, reports.Single(r => r.Stage == BulkStage.Cluster && r.Finished).Done);
    }

    [Fact]
    public void Deduplicate_PreCancelled_ThrowsAndReportsNothing()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var progress = new Recorder();
        Assert.ThrowsAny<OperationCanceledException>(() => BulkRun.Deduplicate(new StringReader(Csv(Data.Value.Rows)), new BulkRunOptions(), progress, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => BulkRun.Deduplicate(Data.Value.Records(), new BulkRunOptions(), progress, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => BulkRun.Link(new StringReader(Csv(Data.Value.Rows)), new StringReader(Csv(Data.Value.Rows)), new BulkRunOptions(), progress, cancelled.Token));
        Assert.Empty(progress.Reports);
    }

    [Theory]
    [InlineData(BulkStage.Read, false)]
    [InlineData(BulkStage.Read, true)]
    [InlineData(BulkStage.Train, false)]
    [InlineData(BulkStage.Block, true)]
    [InlineData(BulkStage.Compare, false)]
    [InlineData(BulkStage.Cluster, false)]
    [InlineData(BulkStage.Cluster, true)]
    public void Deduplicate_CancelledFromTheProgressCallback_ThrowsAndReturnsNothing(BulkStage stage, bool atTheEnd)
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new Recorder(report =>
        {
            if (report.Stage == stage && report.Finished == atTheEnd)
            {
                cancellation.Cancel();
            }
        });
        BulkRunResult? result = null;
        Assert.ThrowsAny<OperationCanceledException>(() => result = BulkRun.Deduplicate(new StringReader(Csv(Data.Value.Rows)), new BulkRunOptions { ChunkChars = 4096 }, progress, cancellation.Token));
        Assert.Null(result);

        // Nothing is reported after the stage that was cancelled.
        Assert.DoesNotContain(progress.Reports, r => Array.IndexOf(Stages, r.Stage) > Array.IndexOf(Stages, stage));
    }

    [Fact]
    public void Link_CancelledWhileComparing_ThrowsAndReturnsNothing()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new Recorder(report =>
        {
            if (report.Stage == BulkStage.Compare)
            {
                cancellation.Cancel();
            }
        });
        var rows = Data.Value.Rows;
        BulkRunResult? result = null;
        Assert.ThrowsAny<OperationCanceledException>(() => result = BulkRun.Link(new StringReader(Csv(rows.Take(rows.Count / 2))), new StringReader(Csv(rows.Skip(rows.Count / 2))), new BulkRunOptions(), progress, cancellation.Token));
        Assert.Null(result);
        Assert.DoesNotContain(progress.Reports, r => r.Stage == BulkStage.Cluster);
    }

    [Fact]
    public void Deduplicate_BadRows_ValidRowsGoThroughAndRejectionsAreCountedByReasonWithoutValues()
    {
        var header = "id,birth_surname,first_names,birth_date,birth_commune_code";
        var text = string.Join('\n',
            header,
            "a1,ZORGLUBIA,Amandine,1970-03-12,75056",
            "a2,ZORGLUBIA,Amandine,1970-03-12,75056",
            "a3,QUIMPERLEX,Bertrand,1970-13-45,75056",
            "a4,WXYZOTTE,Cunégonde",
            "a1,ZORGLUBIA,Amandine,1970-03-12,75056",
            string.Empty,
            "a5,VRANCKEBOL,Désiré,1981-07-01,69123",
            ",YPRESSAC,Eulalie,1990-01-01,13055",
            "a6,ZORGLUBIA,Amandine,1970-03-12,75056,extra",
            "a7,TROMPILLE,Fulbert,1955-05-05,33063");
        // Five records are too few to train on: the initial model scores them.
        var options = new BulkRunOptions { ChunkChars = 32, Model = Justice.Domain.Identity.Scoring.MatchModel.Initial(CivilStatusProfile.Default.Profile) };
        var result = BulkRun.Deduplicate(new StringReader(text), options, null, CancellationToken.None);
        var input = result.Inputs[0];

        // An impossible date is kept as unknown and flagged (a3); the short, long, id-less and repeated rows are rejected.
        Assert.Equal(["a1", "a2", "a3", "a5", "a7"], result.Records.Select(r => r.Id));
        Assert.Equal([(4, "a3", "birth_date")], input.Flags.Select(f => (f.Line, f.Id, f.Field)));
        Assert.Equal(9, input.Rows);
        Assert.Equal(5, input.Records);
        Assert.Equal(4, input.Rejected);
        Assert.Equal(input.Rejected, input.RejectedByReason.Values.Sum());
        Assert.Equal(2, input.RejectedByReason["row: has N field(s), the header has N (a value that holds a comma must be quoted)"]);
        Assert.Equal(1, input.RejectedByReason["id: duplicate id"]);
        Assert.Equal([5, 6, 9, 10], input.Errors.Select(e => e.Line).Distinct());
        Assert.Contains(input.Errors, e => e is { Line: 6, Id: "a1", Field: "id" });

        // The messages name a line, an id, a field and a rule, never a value of the row.
        string[] values = ["ZORGLUBIA", "QUIMPERLEX", "Bertrand", "WXYZOTTE", "Cunégonde", "YPRESSAC", "Eulalie", "1970-13-45", "1990-01-01", "extra"];
        foreach (var message in input.Errors.Select(e => e.ToString()).Concat(input.Flags.Select(f => f.ToString())).Concat(input.RejectedByReason.Keys))
        {
            Assert.DoesNotContain(values, v => message.Contains(v, StringComparison.OrdinalIgnoreCase));
        }

        // The two valid rows of one person are one cluster; every kept record is in the output.
        Assert.True(result.Matching.Clusters.SameCluster(0, 1));
        Assert.Equal(4, result.Matching.Clusters.ClusterOf.Distinct().Count());
    }

    [Fact]
    public void Deduplicate_NullRecordAndRepeatedId_RejectedAtTheirPosition()
    {
        var records = Data.Value.Records().Take(50).ToList();
        var input = new List<PersonRecord>(records) { null!, records[3] };
        var result = BulkRun.Deduplicate(input, new BulkRunOptions(), null, CancellationToken.None);
        Assert.Equal(records.Select(r => r.Id), result.Records.Select(r => r.Id));
        Assert.Equal([$"line 51 (id ?): record: is null", $"line 52 (id {records[3].Id}): id: duplicate id"], result.Inputs[0].Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Deduplicate_HeaderOnly_NoRecordAndNoError()
    {
        var result = BulkRun.Deduplicate(new StringReader(string.Join(',', PersonRecordReader.Columns) + "\n"), new BulkRunOptions(), null, CancellationToken.None);
        Assert.Empty(result.Records);
        Assert.Equal(0, result.Inputs[0].Rows);
        Assert.Empty(result.Matching.Clusters.ClusterOf);
        Assert.False(result.ModelTrained);
    }

    [Fact]
    public void Deduplicate_NoIdColumn_FailsNamingIt()
    {
        var error = Assert.Throws<InvalidDataException>(() => BulkRun.Deduplicate(new StringReader("name,sex\nDupont,M\n"), new BulkRunOptions { InputName = "no-id.csv" }, null, CancellationToken.None));
        Assert.StartsWith("no-id.csv: the header does not fit the identity schema: missing required column(s) id, birth_surname, first_names, birth_date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_TextReadersAndRecords_SameLinksAcrossTheInputsOnly()
    {
        var rows = Data.Value.Rows;
        var half = rows.Count / 2;
        var fromText = BulkRun.Link(new StringReader(Csv(rows.Take(half))), new StringReader(Csv(rows.Skip(half))), new BulkRunOptions(), null, CancellationToken.None);
        var left = PersonRecordReader.Read(rows.Take(half)).Records;
        var right = PersonRecordReader.Read(rows.Skip(half)).Records;
        var fromRecords = BulkRun.Link(left, right, new BulkRunOptions(), null, CancellationToken.None);

        Assert.Equal(left.Count, fromText.LeftCount);
        Assert.Equal(left.Concat(right).Select(r => r.Id), fromText.Records.Select(r => r.Id));
        Assert.Equal(2, fromText.Inputs.Count);
        var links = fromText.Matching.MatchEdges.Concat(fromText.Matching.ReviewPairs).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, e => Assert.True(e.Left < fromText.LeftCount && e.Right >= fromText.LeftCount));
        Assert.Equal(links, fromRecords.Matching.MatchEdges.Concat(fromRecords.Matching.ReviewPairs));
    }

    [Fact]
    public void Link_OneEmptyInput_EveryRecordItsOwnCluster()
    {
        var result = BulkRun.Link(Data.Value.Records().Take(30), [], new BulkRunOptions(), null, CancellationToken.None);
        Assert.Equal(30, result.LeftCount);
        Assert.Equal(Enumerable.Range(0, 30), result.Matching.Clusters.ClusterOf);
        Assert.Equal(0, result.Matching.PairsCompared);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(1000)]
    [InlineData(1 << 19)]
    public void Prepare_ManyChunks_SameRecordsErrorsAndLinesAsTheRowReader(int chunkChars)
    {
        var text = Persons();
        var prepared = BulkRun.Prepare(new StringReader(text), new BulkRunOptions { ChunkChars = chunkChars }, null, CancellationToken.None);
        var (expectedIds, expectedErrors, expectedRejected) = Expected(text);
        Assert.Equal(expectedIds, prepared.Records.Select(r => r.Id));
        Assert.Equal(expectedErrors, prepared.Summary.Errors.Select(e => e.ToString()));
        Assert.Equal(expectedRejected, prepared.Summary.Rejected);
        Assert.Equal(["extra"], prepared.Summary.IgnoredColumns);

        // What the text holds: a short row (rejected as it is, never read by position), a duplicate across chunks (q3)
        // and one of a kept row whose date is flagged (q4), on lines counted past quoted line breaks.
        Assert.Equal(
        [
            "line 22 (id ?): row: has 4 field(s), the header has 15 (a value that holds a comma must be quoted)",
            "line 51 (id q3): id: duplicate id",
            "line 53 (id q4): id: duplicate id",
        ],
        expectedErrors);
        Assert.Equal(["line 7 (id q4): birth_date: day does not exist in that month; read as unknown"], prepared.Summary.Flags.Select(f => f.ToString()));
        Assert.True(expectedIds.Count > 100);
    }

    [Fact]
    public void Prepare_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => BulkRun.Prepare(new StringReader(Persons()), new BulkRunOptions { ChunkChars = 64 }, null, cancelled.Token));
    }

    [Fact]
    public void Run_BadOptions_ThrowArgumentErrors()
    {
        Assert.Throws<ArgumentNullException>(() => BulkRun.Deduplicate((TextReader)null!, new BulkRunOptions(), null, CancellationToken.None));
        Assert.Throws<ArgumentNullException>(() => BulkRun.Deduplicate(new StringReader("id\n"), null!, null, CancellationToken.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => BulkRun.Deduplicate(new StringReader("id\n"), new BulkRunOptions { TrainSample = 0 }, null, CancellationToken.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => BulkRun.Deduplicate(new StringReader("id\n"), new BulkRunOptions { Delimiter = '|' }, null, CancellationToken.None));
    }

    private static string Json(Justice.Domain.Identity.Scoring.MatchModel model) =>
        System.Text.Json.JsonSerializer.Serialize(model, Justice.Domain.Identity.Serialization.IdentityJsonContext.Default.MatchModel);

    private static string Csv(IEnumerable<IReadOnlyList<string>> rows)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        IdentityCsv.Write(writer, rows);
        return writer.ToString();
    }

    /// <summary>Each record's id with its cluster's representative's id.</summary>
    private static List<(string, string)> ClusterIds(BulkRunResult result) =>
        [.. result.Records.Select((r, i) => (r.Id, result.Records[result.Matching.Clusters.ClusterOf[i]].Id))];

    /// <summary>
    /// A text whose header puts the columns in another order, with an extra column; quoted fields with commas, quotes
    /// and line breaks; blank lines; bad, short and duplicate rows; CRLF and LF line ends.
    /// </summary>
    private static string Persons()
    {
        string[] surnames = ["Dupont", "Martin", "de La Fontaine", "N'Diaye", "Lefèvre"];
        string[] firsts = ["Jean", "\"Marie, Claire\"", "\"Jean\"\"Pierre\"", "\"Anne\nSophie\"", "Luc"];
        var lines = new List<string> { "extra,sex,id,birth_surname,usage_surname,first_names,aliases,birth_date,death_date,birth_commune_code,birth_commune_name,birth_country_code,birth_country_name,nationality,civility" };
        for (var i = 0; i < 240; i++)
        {
            var id = i switch
            {
                41 => "q3",
                43 => "q4",
                _ => "q" + i.ToString(CultureInfo.InvariantCulture),
            };
            var date = i == 4 ? "1970-02-30" : string.Create(CultureInfo.InvariantCulture, $"19{50 + (i % 40)}-{1 + (i % 12):00}-{1 + (i % 28):00}");
            lines.Add(i switch
            {
                17 => "x,M,q17,short",
                30 => string.Empty,
                _ => $"e{i},{(i % 2 == 0 ? "M" : "f")},{id},{surnames[i % 5]},,{firsts[i % 5]},,{date},,{75056 + (i % 3)},Paris,,,fr,M.",
            });
        }

        return string.Join("\r\n", lines.Take(100)) + "\n" + string.Join("\n", lines.Skip(100));
    }

    /// <summary>
    /// The straightforward reading: <see cref="CsvRows"/>, rows with another number of fields than the header rejected,
    /// the columns put in order by name, <see cref="PersonRecordReader.Read"/> on all the other rows at once.
    /// </summary>
    private static (List<string> Ids, List<string> Errors, int Rejected) Expected(string text)
    {
        var rows = CsvRows.Read(new StringReader(text)).ToList();
        var header = rows[0].Fields.Select(h => h.Trim()).ToArray();
        var positions = PersonRecordReader.Columns.Select(c => Array.FindIndex(header, h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase))).ToArray();
        var rows1 = rows.Skip(1).Where(r => !(r.Fields.Length == 1 && r.Fields[0].Length == 0)).ToList();
        var wrong = rows1.Where(r => r.Fields.Length != header.Length).Select(r => new RecordError(r.Line, null, "row", $"has {r.Fields.Length} field(s), the header has {header.Length} (a value that holds a comma must be quoted)")).ToList();
        var data = rows1.Where(r => r.Fields.Length == header.Length).ToList();
        var read = PersonRecordReader.Read(data.Select(r => (IReadOnlyList<string>)positions.Select(p => p < 0 ? string.Empty : r.Fields[p]).ToArray()), "persons.csv");
        var errors = read.Errors.Select(e => e with { Line = data[e.Line - 2].Line }).Concat(wrong).OrderBy(e => e.Line).Select(e => e.ToString()).ToList();
        return (read.Records.Select(r => r.Id).ToList(), errors, read.RejectedRows + wrong.Count);
    }

    /// <summary>Records the reports in order, on the reporting thread (unlike <see cref="Progress{T}"/>), and calls an action on each.</summary>
    private sealed class Recorder(Action<BulkProgress>? onReport = null) : IProgress<BulkProgress>
    {
        private readonly List<BulkProgress> reports = [];

        public List<BulkProgress> Reports
        {
            get
            {
                lock (reports)
                {
                    return [.. reports];
                }
            }
        }

        public void Report(BulkProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }

            onReport?.Invoke(value);
        }
    }
}
