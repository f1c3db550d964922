using Justice.Samples.Cli;

using Justice.Samples.Tests.Cli;

namespace Justice.Samples.Tests.Identity;

public sealed class IdentityModuleTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void GenerateThenDedupe_EveryIdOnce()
    {
        var folder = Path.Combine(Path.GetTempPath(), "justice-identity-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, Run("identity", "generate", "--people", "300", "--seed", "3", "--output", folder).Code);
            var clusters = Path.Combine(folder, "clusters.csv");
            var (code, output, stderr) = Run("identity", "dedupe", "--input", Path.Combine(folder, "persons.csv"), "--output", clusters);
            CliAssert.Exit(0, code, stderr);
            Assert.Contains("clusters", output, StringComparison.Ordinal);
            var ids = File.ReadAllLines(clusters).Skip(1).Select(l => l.Split(',')[0]).ToArray();
            var input = File.ReadAllLines(Path.Combine(folder, "truth.csv")).Skip(1).Select(l => l.Split(',')[0]).ToArray();
            Assert.Equal(ids.Length, ids.Distinct().Count());
            Assert.True(ids.Length >= input.Length - 5);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Dedupe_BadRows_RejectedWithLineAndFieldExitZero()
    {
        var folder = Path.Combine(Path.GetTempPath(), "justice-identity-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "persons.csv");
            File.WriteAllLines(input,
            [
                "id,civility,birth_surname,usage_surname,first_names,aliases,sex,birth_date,death_date,birth_commune_code,birth_commune_name,birth_country_code,birth_country_name,nationality",
                "a1,M.,Dupont,,Jean,,M,1970-03-12,,75056,Paris,,,FR",
                "a2,M.,DUPONT,,Jean,,M,1985-13-45,,75056,Paris,,,FR",
                "a1,M.,Dupont,,Jean,,M,1970-03-12,,75056,Paris,,,FR",
                "a4,M.,Dupont",
                "a5,M.,Dupond,,Jean,,M,1970-03-12,,75112,,,,FR",
            ]);
            var (code, output, error) = Run("identity", "dedupe", "--input", input, "--output", Path.Combine(folder, "c.csv"));
            CliAssert.Exit(0, code, error);
            Assert.Contains("flagged: line 3 (id a2): birth_date", error, StringComparison.Ordinal);
            Assert.Contains("line 4 (id a1): id: duplicate id", error, StringComparison.Ordinal);
            Assert.Contains("line 5 (id ?): row: has 3 field(s), the header has 14", error, StringComparison.Ordinal);
            Assert.DoesNotContain("Dupont", error, StringComparison.Ordinal);
            Assert.Contains("records 3, rejected rows 2", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Dedupe_MissingFile_NonZero()
    {
        var (code, _, error) = Run("identity", "dedupe", "--input", "/nonexistent/persons.csv", "--output", "/tmp/x.csv");
        CliAssert.Exit(JusticeCli.InputError, code, error);
        Assert.Contains("error", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Waterfall()
    {
        var (code, output, stderr) = Run("identity", "explain", "--a", "de La Fontaine;Jean-Pierre;1970-03-12;75112", "--b", "FONTAINE;JEAN PIERRE;1970-12-03;75056");
        CliAssert.Exit(0, code, stderr);
        Assert.Contains("day-month-swapped", output, StringComparison.Ordinal);
        Assert.Contains("same-commune", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Json_OneObject()
    {
        var (code, output, stderr) = Run("identity", "explain", "--a", "Dupont;Jean;1970-03-12", "--b", "Dupont;Jean;1970-03-12", "--json");
        CliAssert.Exit(0, code, stderr);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("Match", document.RootElement.GetProperty("band").GetString());
    }

    [Fact]
    public void Evaluate_Febrl1_F1Printed()
    {
        var (code, output, stderr) = Run("identity", "evaluate", "--dataset", "febrl1", "--json");
        CliAssert.Exit(0, code, stderr);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        Assert.True(document.RootElement.GetProperty("F1").GetDouble() >= 0.99);
    }
}
