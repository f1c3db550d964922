using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Tests.Records;

public sealed class PersonRecordReaderTests
{
    private static string[] Row(string id, string birthDate = "1970-03-12", string commune = "75056", string country = "", string sex = "M", string nationality = "FR") =>
        [id, "M.", "Dupont", "", "Jean, Pierre", "Dupond;Du Pont", sex, birthDate, "", commune, "Paris", country, "", nationality];

    [Fact]
    public void Read_ValidRow_AllFields()
    {
        var result = PersonRecordReader.Read([Row("p1")], "test");
        var record = Assert.Single(result.Records);
        Assert.Equal(["Jean", "Pierre"], record.FirstNames);
        Assert.Equal(["Dupond", "Du Pont"], record.Aliases);
        Assert.Equal(Sex.Male, record.Sex);
        Assert.Equal(new PartialDate(1970, 3, 12), record.BirthDate);
        Assert.Equal("test", record.SourceSystem);
    }

    [Fact]
    public void Read_BadRows_RejectedWithLineFieldAndId_ValidRowsKept()
    {
        var result = PersonRecordReader.Read(
        [
            Row("p1"),
            Row("p1"),
            ["p4", "x"],
            Row(""),
            ["p9", "", "", "", "", "", "", "", "", "", "", "", "", ""],
            Row("p10"),
        ]);
        Assert.Equal(["p1", "p10"], result.Records.Select(r => r.Id));
        Assert.Equal(4, result.RejectedRows);
        Assert.Contains(result.Errors, e => e.Line == 3 && e.Field == "id" && e.Rule == "duplicate id");
        Assert.Contains(result.Errors, e => e.Line == 4 && e.Field == "row");
        Assert.Contains(result.Errors, e => e.Line == 5 && e.Field == "id");
        Assert.Contains(result.Errors, e => e.Line == 6 && e.Id == "p9" && e.Field == "row" && e.Rule.StartsWith("no identifying field", StringComparison.Ordinal));
        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Read_UnreadableValues_RecordKeptWithTheValueUnknownAndFlagged()
    {
        var result = PersonRecordReader.Read(
        [
            Row("p2", birthDate: "1985-13-45"),
            Row("p5", commune: "7505"),
            Row("p6", country: "12345"),
            Row("p7", sex: "Z"),
            Row("p8", nationality: "FRA"),
            Row("p9", birthDate: "1980-02-30"),
        ]);
        Assert.Equal(["p2", "p5", "p6", "p7", "p8", "p9"], result.Records.Select(r => r.Id));
        Assert.Equal(0, result.RejectedRows);
        Assert.Equal(new PartialDate(1985, 0, 0), result.Records[0].BirthDate);
        Assert.Null(result.Records[1].BirthCommuneCode);
        Assert.Equal("Paris", result.Records[1].BirthCommuneName);
        Assert.Null(result.Records[2].BirthCountryCode);
        Assert.Equal(Sex.Unknown, result.Records[3].Sex);
        Assert.Null(result.Records[4].Nationality);
        Assert.Equal(new PartialDate(1980, 2, 0), result.Records[5].BirthDate);
        Assert.Contains(result.Flags, f => f.Line == 2 && f.Id == "p2" && f.Field == "birth_date");
        Assert.Contains(result.Flags, f => f.Id == "p5" && f.Field == "birth_commune_code");
        Assert.Contains(result.Flags, f => f.Id == "p6" && f.Field == "birth_country_code");
        Assert.Contains(result.Flags, f => f.Id == "p7" && f.Field == "sex");
        Assert.Contains(result.Flags, f => f.Id == "p8" && f.Field == "nationality");
        Assert.DoesNotContain(result.Flags, f => f.ToString().Contains("Dupont", StringComparison.OrdinalIgnoreCase) || f.ToString().Contains("1985", StringComparison.Ordinal));
        Assert.Equal("line 2 (id p2): birth_date: month must be 01-12; read as unknown; day does not exist in that month; read as unknown", result.Flags[0].ToString());
    }

    [Theory]
    [InlineData("1970-03-12", "1969-12-31", true)]
    [InlineData("1970-03-12", "1970-03-11", true)]
    [InlineData("1970-03-12", "1970-03-12", false)]
    [InlineData("1970-03-00", "1970-03-01", false)]
    [InlineData("1970-00-00", "1969-00-00", true)]
    [InlineData("0000-03-12", "1969-01-01", false)]
    public void Read_DeathBeforeBirth_FlaggedAndKept(string birth, string death, bool flagged)
    {
        var row = Row("p1", birthDate: birth);
        row[8] = death;
        var result = PersonRecordReader.Read([row]);
        Assert.Single(result.Records);
        Assert.Equal(flagged, result.Flags.Any(f => f.Field == "death_date" && f.Rule.StartsWith("before the birth date", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("1970-00-03", 1970, 0, 3)]
    [InlineData("0000-00-00", 0, 0, 0)]
    [InlineData("", 0, 0, 0)]
    [InlineData("0000-05-17", 0, 5, 17)]
    public void Read_PartialDates_AreDataNotErrors(string text, int y, int m, int d)
    {
        var result = PersonRecordReader.Read([Row("p1", birthDate: text)]);
        var record = Assert.Single(result.Records);
        Assert.Empty(result.Flags);
        Assert.Equal(y == 0 && m == 0 && d == 0 ? null : new PartialDate(y, m, d), record.BirthDate);
    }

    [Fact]
    public void Read_RowWithNothingToMatchOn_RejectedWithoutFlagsForItsUnreadableValues()
    {
        string[] row = ["p1", "M.", "", "", "", "", "Z", "1970--3-12", "abc", "7505", "", "12345", "", "FR"];
        foreach (var result in new[] { PersonRecordReader.Read([row]), PersonRecordReader.ReadReference([row]) })
        {
            Assert.Empty(result.Records);
            Assert.Equal(1, result.RejectedRows);
            Assert.Equal("line 2 (id p1): row: no identifying field (surname, usage surname, first names, birth date or birth place)", Assert.Single(result.Errors).ToString());
            Assert.Empty(result.Flags);
        }
    }

    [Theory]
    [InlineData("2031-05-04", "", true, false)]
    [InlineData("2026-12-05", "", true, false)]
    [InlineData("2026-12-04", "", false, false)]
    [InlineData("2026-00-00", "", false, false)]
    [InlineData("2027-00-00", "", true, false)]
    [InlineData("1970-03-12", "2027-01-01", false, true)]
    public void Read_DateAfterTheRun_FlaggedAndKept(string birth, string death, bool birthFlagged, bool deathFlagged)
    {
        var row = Row("p1", birthDate: birth);
        row[8] = death;
        var result = PersonRecordReader.Read([row], asOf: new NodaTime.LocalDate(2026, 12, 4));
        Assert.Single(result.Records);
        Assert.Equal(birthFlagged, result.Flags.Any(f => f.Field == "birth_date" && f.Rule == "after the date of the run; kept as given"));
        Assert.Equal(deathFlagged, result.Flags.Any(f => f.Field == "death_date" && f.Rule == "after the date of the run; kept as given"));
        Assert.Empty(PersonRecordReader.Read([row]).Flags);
    }

    [Fact]
    public void Json_RecordWithoutNameLists_ReadWithEmptyLists()
    {
        var record = System.Text.Json.JsonSerializer.Deserialize("{\"id\":\"a\",\"birthSurname\":\"Dupont\"}", Justice.Domain.Identity.Serialization.IdentityJsonContext.Default.PersonRecord)!;
        Assert.Empty(record.FirstNames);
        Assert.Empty(record.Aliases);
        Assert.NotNull(Justice.Domain.Identity.Comparison.CivilStatusProfile.Default.Prepare(record));
        Assert.Empty((record with { Aliases = null! }).Aliases);
    }
}
