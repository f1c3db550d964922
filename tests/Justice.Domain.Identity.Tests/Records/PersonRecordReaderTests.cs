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
            Row("p2", birthDate: "1985-13-45"),
            Row("p1"),
            ["p4", "x"],
            Row("p5", commune: "7505"),
            Row("p6", country: "12345"),
            Row("p7", sex: "Z"),
            Row("p8", nationality: "FRA"),
            Row(""),
            Row("p10"),
        ]);
        Assert.Equal(["p1", "p10"], result.Records.Select(r => r.Id));
        Assert.Equal(8, result.RejectedRows);
        Assert.Contains(result.Errors, e => e.Line == 3 && e.Id == "p2" && e.Field == "birth_date");
        Assert.Contains(result.Errors, e => e.Line == 4 && e.Field == "id" && e.Rule == "duplicate id");
        Assert.Contains(result.Errors, e => e.Line == 5 && e.Field == "row");
        Assert.Contains(result.Errors, e => e.Id == "p5" && e.Field == "birth_commune_code");
        Assert.Contains(result.Errors, e => e.Id == "p6" && e.Field == "birth_country_code");
        Assert.Contains(result.Errors, e => e.Id == "p7" && e.Field == "sex");
        Assert.Contains(result.Errors, e => e.Id == "p8" && e.Field == "nationality");
        Assert.Contains(result.Errors, e => e.Line == 10 && e.Field == "id");
        Assert.DoesNotContain(result.Errors, e => e.ToString().Contains("Dupont", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("line 3 (id p2): birth_date: month must be 01-12 or 00 (unknown)", result.Errors.First(e => e.Id == "p2").ToString());
    }
}
