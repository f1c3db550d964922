using System.Text.Json;
using Justice.Samples.Cli;
using Xunit;

using Justice.Samples.Tests.Cli;

namespace Justice.Samples.Tests.Cav;

public class CavCliTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    [Trait("Article", "Décret 2025-659, art. 14")]
    public void Seats_Json_2026Result_PrintsOneObjectWithSeats()
    {
        var (exit, output, error) = Run("cav", "seats", "--seats", "6", "--votes", "USM=6099,SM=2503,UMFO=1251,CFDT=146", "--json");
        CliAssert.Exit(0, exit, error);
        Assert.Equal(string.Empty, error);
        using var document = JsonDocument.Parse(output);
        var seats = document.RootElement.GetProperty("seats");
        Assert.Equal(4, seats.GetProperty("USM").GetInt32());
        Assert.Equal(1, seats.GetProperty("SM").GetInt32());
        Assert.Equal(1, seats.GetProperty("UMFO").GetInt32());
        Assert.Equal(0, seats.GetProperty("CFDT").GetInt32());
        Assert.Equal("Décret 2025-659, art. 14", document.RootElement.GetProperty("rule").GetString());
    }

    [Fact]
    public void Seats_Human_ExplainsQuotientAndRemainders()
    {
        var (exit, output, stderr) = Run("cav", "seats", "--seats", "6", "--votes", "USM=6099,SM=2503,UMFO=1251,CFDT=146");
        CliAssert.Exit(0, exit, stderr);
        Assert.Contains("9999 ÷ 6", output, StringComparison.Ordinal);
        Assert.Contains("seats by remainder: UMFO, USM", output, StringComparison.Ordinal);
        Assert.Contains("result: USM 4, SM 1, UMFO 1, CFDT 0", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "A=1", "--seats 0")]
    [InlineData("-2", "A=1", "--seats -2")]
    [InlineData("6", "A=-1", "list 'A'")]
    [InlineData("6", "A=x", "'x' is not a whole number")]
    [InlineData("6", "=5", "no list name")]
    [InlineData("6", "A5", "has no '='")]
    public void Seats_BadInput_ErrorNamingTheItemAndExit2(string seats, string votes, string expected)
    {
        var (exit, output, error) = Run("cav", "seats", "--seats", seats, "--votes", votes);
        CliAssert.Exit(JusticeCli.InputError, exit, error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void Seats_TieNotBrokenByVotes_ReportedUnlessASeedIsGiven()
    {
        var (_, unresolved, _) = Run("cav", "seats", "--seats", "1", "--votes", "A=5,B=5", "--json");
        using (var doc = JsonDocument.Parse(unresolved))
        {
            Assert.False(doc.RootElement.GetProperty("complete").GetBoolean());
        }

        var (_, drawn, _) = Run("cav", "seats", "--seats", "1", "--votes", "A=5,B=5", "--lot-seed", "42", "--json");
        using var drawnDoc = JsonDocument.Parse(drawn);
        Assert.True(drawnDoc.RootElement.GetProperty("complete").GetBoolean());
        Assert.Equal(1, drawnDoc.RootElement.GetProperty("seats").EnumerateObject().Sum(p => p.Value.GetInt32()));
    }

    [Fact]
    public void Composition_2026_ReformedWithChairs()
    {
        var (exit, output, stderr) = Run("cav", "composition", "--at", "2026-03-01");
        CliAssert.Exit(0, exit, stderr);
        Assert.Contains("reformed commission", output, StringComparison.Ordinal);
        Assert.Contains("13 titular members", output, StringComparison.Ordinal);
        Assert.Contains("garde des Sceaux", output, StringComparison.Ordinal);
        Assert.Contains("II-4-siege", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Composition_BeforeAndAfterTheSwitchParameter()
    {
        Assert.Contains("former commission", Run("cav", "composition", "--at", "2026-02-12").Out, StringComparison.Ordinal);
        Assert.Contains("reformed commission", Run("cav", "composition", "--at", "2026-02-13").Out, StringComparison.Ordinal);
        Assert.Contains("former commission", Run("cav", "composition", "--at", "2026-03-01", "--reformed-from", "2026-04-01").Out, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(Run("cav", "composition", "--at", "2024-01-01", "--json").Out);
        Assert.Equal(20, doc.RootElement.GetProperty("titularMembers").GetInt32());
    }

    [Fact]
    public void Composition_DateBeforeAnyRegimeOrNotADate_Exit2()
    {
        var (exit, _, error) = Run("cav", "composition", "--at", "1950-01-01");
        CliAssert.Exit(JusticeCli.InputError, exit, error);
        Assert.Contains("before any CAV regime", error, StringComparison.Ordinal);
        Assert.Contains("not a date", Run("cav", "composition", "--at", "2026-13-01").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Eligibility_IssueExample_Eligible()
    {
        var (exit, output, stderr) = Run("cav", "eligibility", "--grade", "premier", "--installed", "2019-09-01", "--echelon7-since", "2024-01-01", "--at", "2026-01-01");
        CliAssert.Exit(0, exit, stderr);
        Assert.Contains("ELIGIBLE for the deuxième grade on 2026-01-01", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eligibility_JsonInputAndOutput_DayBeforeFifthAnniversaryNotEligible()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """{"grade":"premier","installed":"2021-03-15","echelon7Since":"2024-01-01","at":"2026-03-14"}""");
            var (exit, output, stderr) = Run("cav", "eligibility", "--input", file, "--json");
            CliAssert.Exit(0, exit, stderr);
            using var doc = JsonDocument.Parse(output);
            Assert.False(doc.RootElement.GetProperty("eligible").GetBoolean());
            Assert.Equal("2026-03-15", doc.RootElement.GetProperty("eligibleFrom").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("null", "expected a JSON object")]
    [InlineData("[1]", "expected a JSON object")]
    [InlineData("""{"grade":"premier","installed":20190901,"at":"2026-01-01"}""", "field 'installed' is a Number")]
    public void Eligibility_JsonInputNotAnObjectOrFieldNotAString_ErrorNamingTheField(string input, string expected)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, input);
            var (exit, output, error) = Run("cav", "eligibility", "--input", file, "--json");
            CliAssert.Exit(JusticeCli.InputError, exit, error);
            Assert.Equal(string.Empty, output);
            Assert.Contains("--input " + Path.GetFileName(file), error, StringComparison.Ordinal);
            Assert.Contains(expected, error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Eligibility_ThirdGradeAndErrors()
    {
        Assert.Contains("ELIGIBLE for the troisième grade", Run("cav", "eligibility", "--grade", "deuxieme", "--appointed-second-grade", "2018-01-01", "--at", "2026-01-01").Out, StringComparison.Ordinal);
        var (exit, _, error) = Run("cav", "eligibility", "--grade", "premier", "--at", "2026-01-01");
        CliAssert.Exit(JusticeCli.InputError, exit, error);
        Assert.Contains("--installed is required", error, StringComparison.Ordinal);
        Assert.Contains("highest grade", Run("cav", "eligibility", "--grade", "troisieme", "--at", "2026-01-01").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Tour_IncludesTheCavShowcase()
    {
        var (exit, output, stderr) = Run("tour", "--only", "CAV");
        CliAssert.Exit(0, exit, stderr);
        Assert.Contains("result: USM 4, SM 1, UMFO 1, CFDT 0", output, StringComparison.Ordinal);
        Assert.Contains("ELIGIBLE", output, StringComparison.Ordinal);
    }
}
