using System.Globalization;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Samples.IdentityScale;

namespace Justice.Samples.Tests.IdentityScale;

public sealed class BulkDeduplicationRunTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("identity-read-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16_385)]
    [InlineData(300_001)]
    public void WriteRows_ManyChunksOnAllCores_SameTextAsOneRowAfterTheOther(int count)
    {
        static void Row(int i, TextWriter text)
        {
            text.Write(i.ToString(CultureInfo.InvariantCulture));
            text.Write(",\"x\"\n");
        }

        var expected = new StringWriter(CultureInfo.InvariantCulture);
        for (var i = 0; i < count; i++)
        {
            Row(i, expected);
        }

        var actual = new StringWriter(CultureInfo.InvariantCulture);
        ScaleProgress.Run(true, null, TextWriter.Null, progress =>
        {
            BulkDeduplicationRun.WriteRows(actual, count, Row, progress, CancellationToken.None);
            return 0;
        });

        Assert.Equal(expected.ToString(), actual.ToString());
    }

    [Fact]
    public void WriteRows_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ScaleProgress.Run(true, null, TextWriter.Null, progress =>
        {
            BulkDeduplicationRun.WriteRows(TextWriter.Null, 10, (_, _) => { }, progress, cancelled.Token);
            return 0;
        }));
    }

    [Theory]
    [InlineData(64)]
    [InlineData(1000)]
    [InlineData(1 << 19)]
    public void ReadAndPrepare_ManyChunks_SameRecordsErrorsAndLinesAsTheRowReader(int chunkChars)
    {
        var path = Persons();
        var flags = new List<RecordFlag>();
        var (records, errors, rejected) = BulkDeduplicationRun.ReadAndPrepare(path, CivilStatusProfile.Default, ScaleProgress.Run(true, null, TextWriter.Null, p => p), CancellationToken.None, chunkChars, flags: flags);
        var (expectedIds, expectedErrors, expectedRejected) = Expected(path);
        Assert.Equal(expectedIds, records.Select(r => r.Id));
        Assert.Equal(expectedErrors, errors.Select(e => e.ToString()));
        Assert.Equal(expectedRejected, rejected);

        // What the file holds: a short row (rejected as it is, never read by position), a duplicate across chunks (q3)
        // and one of a kept row whose date is flagged (q4), on lines counted past quoted line breaks.
        Assert.Equal(
        [
            "line 22 (id ?): row: has 4 field(s), the header has 15 (a value that holds a comma must be quoted)",
            "line 51 (id q3): id: duplicate id",
            "line 53 (id q4): id: duplicate id",
        ],
        expectedErrors);
        Assert.Equal(["line 7 (id q4): birth_date: day does not exist in that month; read as unknown"], flags.Select(f => f.ToString()));
        Assert.True(expectedIds.Count > 100);
    }

    [Fact]
    public void ReadAndPrepare_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => BulkDeduplicationRun.ReadAndPrepare(Persons(), CivilStatusProfile.Default, ScaleProgress.Run(true, null, TextWriter.Null, p => p), cancelled.Token, 64));
    }

    [Fact]
    public void ReadAndPrepare_NoIdColumn_FailsNamingIt()
    {
        var path = Path.Combine(folder, "no-id.csv");
        File.WriteAllText(path, "name,sex\nDupont,M\n");
        var error = Assert.Throws<InvalidDataException>(() => BulkDeduplicationRun.ReadAndPrepare(path, CivilStatusProfile.Default, ScaleProgress.Run(true, null, TextWriter.Null, p => p), CancellationToken.None, 64));
        Assert.Contains("missing required column(s) id, birth_surname, first_names, birth_date", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A file whose header puts the columns in another order, with an extra column; quoted fields with commas, quotes
    /// and line breaks; blank lines; bad, short and duplicate rows; CRLF and LF line ends.
    /// </summary>
    private string Persons()
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

        var path = Path.Combine(folder, "persons.csv");
        File.WriteAllText(path, string.Join("\r\n", lines.Take(100)) + "\n" + string.Join("\n", lines.Skip(100)));
        return path;
    }

    /// <summary>
    /// The straightforward reading: <see cref="CsvRows"/>, rows with another number of fields than the header rejected,
    /// the columns put in order by name, <see cref="PersonRecordReader.Read"/> on all the other rows at once.
    /// </summary>
    private static (List<string> Ids, List<string> Errors, int Rejected) Expected(string path)
    {
        using var reader = new StreamReader(path);
        var rows = CsvRows.Read(reader).ToList();
        var header = rows[0].Fields.Select(h => h.Trim()).ToArray();
        var positions = PersonRecordReader.Columns.Select(c => Array.FindIndex(header, h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase))).ToArray();
        var rows1 = rows.Skip(1).Where(r => !(r.Fields.Length == 1 && r.Fields[0].Length == 0)).ToList();
        var wrong = rows1.Where(r => r.Fields.Length != header.Length).Select(r => new RecordError(r.Line, null, "row", $"has {r.Fields.Length} field(s), the header has {header.Length} (a value that holds a comma must be quoted)")).ToList();
        var data = rows1.Where(r => r.Fields.Length == header.Length).ToList();
        var read = PersonRecordReader.Read(data.Select(r => (IReadOnlyList<string>)positions.Select(p => p < 0 ? string.Empty : r.Fields[p]).ToArray()), "persons.csv");
        var errors = read.Errors.Select(e => e with { Line = data[e.Line - 2].Line }).Concat(wrong).OrderBy(e => e.Line).Select(e => e.ToString()).ToList();
        return (read.Records.Select(r => r.Id).ToList(), errors, read.RejectedRows + wrong.Count);
    }
}
