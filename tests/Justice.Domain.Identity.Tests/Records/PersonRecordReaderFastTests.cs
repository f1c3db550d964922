using FsCheck.Xunit;
using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Tests.Records;

/// <summary>The fast reader (<see cref="PersonRecordReader.Read"/>, <see cref="PersonRecordReader.ReadRow"/>) against the reference, on random rows, malformed ones included.</summary>
public sealed class PersonRecordReaderFastTests
{
    // Values chosen for the rules: white space, case, dotless i (upper-cases to I), bad and partial dates, both date
    // shapes, Corsican and country codes in the commune column, separators and empty items in the name lists.
    private static readonly Gen<string?> Value = Gen.Elements<string?>(
        null, "", " ", "\t", "p1", " p2 ", "p3", "M", "m", " h ", "F", "f", "Z", "MM", "ı", "1970-03-12", "19700312",
        " 1970-00-00 ", "1970-03-00", "1970-13-01", "1970-02-29", "1972-02-29", "0999-01-01", "1970-00-05", "1970-3-12",
        "abcd-ef-gh", "1970--3-12", "١٩٧٠٠٣١٢", "75056", "2a004", "2B123", "7505", "99134", " 99100 ", "12345", "fr", "FR",
        "FRA", "ıt", "F1", "Jean, Pierre", ",, Jean ,", "Dupond;Du Pont", " ; ", "é", "x,y;z", "M.", "Mme");

    private static readonly NodaTime.LocalDate AsOf = new(1970, 3, 5);

    private static readonly Gen<string?[]> Row =
        Gen.Frequency(
            (1, Gen.Choose(0, 16)),
            (6, Gen.Constant(14)))
        .SelectMany(n => Value.ArrayOf(n));

    [Property]
    public Property Read_RandomRows_SameAsReference()
    {
        return Prop.ForAll(Row.ArrayOf().ToArbitrary(), rows =>
        {
            // A date of the run inside the values' years, so that some dates are after it.
            var fast = PersonRecordReader.Read(rows!, "src", 5, AsOf);
            var reference = PersonRecordReader.ReadReference(rows!, "src", 5, AsOf);
            Assert.Equal(Describe(reference), Describe(fast));
        });
    }

    [Property]
    public Property ReadRow_RandomRowsAsTextAndRanges_SameAsReference()
    {
        return Prop.ForAll(Row.ArrayOf().ToArbitrary(), rows =>
        {
            // Each row's fields laid out in one text with noise between them, as a CSV parser's scratch buffer.
            var records = new List<PersonRecord>();
            var errors = new List<RecordError>();
            var flags = new List<RecordFlag>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var rejected = 0;
            for (var r = 0; r < rows.Length; r++)
            {
                var (text, ranges) = Layout(rows[r]);
                var before = errors.Count;
                var flagged = flags.Count;
                var record = PersonRecordReader.ReadRow(text, ranges, r + 5, "src", errors, out var id, flags, AsOf);
                if (id is not null && !ids.Add(id))
                {
                    errors.RemoveRange(before, errors.Count - before);
                    flags.RemoveRange(flagged, flags.Count - flagged);
                    errors.Add(PersonRecordReader.DuplicateId(r + 5, id));
                    record = null;
                }

                if (record is null)
                {
                    rejected++;
                }
                else
                {
                    records.Add(record);
                }
            }

            Assert.Equal(Describe(PersonRecordReader.ReadReference(rows!, "src", 5, AsOf)), Describe(new RecordReadResult(records, errors, rejected) { Flags = flags }));
        });
    }

    [Fact]
    public void ReadRow_RangeOutsideTheText_ThrowsNamingTheField()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PersonRecordReader.ReadRow("abc", [0..1, 2..5], 2, null, new List<RecordError>(), out _));
        Assert.Contains("field 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateOfARowRejectedForAnotherField_IsStillADuplicate()
    {
        string[] Row(string id, string date) => [id, "", "Dupont", "", "Jean", "", "M", date, "", "", "", "", "", ""];
        var result = PersonRecordReader.Read([Row("p1", "1970-13-01"), Row("p1", "1970-01-01")]);
        Assert.Equal(new PartialDate(1970, 0, 1), Assert.Single(result.Records).BirthDate);
        Assert.Equal(["line 3 (id p1): id: duplicate id"], result.Errors.Select(e => e.ToString()));
        Assert.Equal(["line 2 (id p1): birth_date: month must be 01-12; read as unknown"], result.Flags.Select(f => f.ToString()));
    }

    [Theory]
    [InlineData("1970-03-12")]
    [InlineData(" 19700312 ")]
    [InlineData("1970-02-29")]
    [InlineData("1970-3-12")]
    [InlineData("١٩٧٠٠٣١٢")]
    [InlineData("")]
    public void PartialDate_TryParseSpan_SameAsString(string text)
    {
        var fromString = PartialDate.TryParse(text, out var a, out var errorA);
        var fromSpan = PartialDate.TryParse(text.AsSpan(), out var b, out var errorB);
        Assert.Equal((fromString, a, errorA), (fromSpan, b, errorB));
    }

    private static string[] Describe(RecordReadResult result) =>
    [
        $"rejected {result.RejectedRows}",
        .. result.Errors.Select(e => e.ToString()),
        .. result.Flags.Select(f => "flag " + f),
        .. result.Records.Select(r => string.Join(
            "|",
            r.Id, r.SourceSystem, r.Civility, r.BirthSurname, r.UsageSurname, string.Join("/", r.FirstNames), r.FirstNames.Count,
            string.Join("/", r.Aliases), r.Aliases.Count, r.Sex, r.BirthDate, r.DeathDate, r.BirthCommuneCode, r.BirthCommuneName,
            r.BirthCountryCode, r.BirthCountryName, r.Nationality, r.IdentityDocument)),
    ];

    /// <summary>A row's fields laid out in one text with noise between them (as a CSV parser's scratch buffer), and their ranges.</summary>
    internal static (string Text, Range[] Ranges) Layout(string?[] row)
    {
        var text = new System.Text.StringBuilder("#");
        var ranges = new Range[row.Length];
        for (var f = 0; f < ranges.Length; f++)
        {
            var start = text.Length;
            text.Append(row[f]);
            ranges[f] = start..text.Length;
            text.Append(",\"");
        }

        return (text.ToString(), ranges);
    }
}
