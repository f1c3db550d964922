using System.Text.Json;
using Justice.Samples.Cli;

using Justice.Samples.Tests.Cli;

namespace Justice.Samples.Tests.Deliberation;

public class DeliberationModuleTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Seats_DHondtJson_PrintsOneObjectWithTheSeats()
    {
        var (code, output, error) = Run("seats", "--method", "dhondt", "--seats", "6", "--votes", "A=100,B=80,C=30", "--json");
        CliAssert.Exit(0, code, error);
        Assert.Equal(string.Empty, error);
        using var document = JsonDocument.Parse(output);
        var seats = document.RootElement.GetProperty("seats");
        Assert.Equal(3, seats.GetProperty("A").GetInt32());
        Assert.Equal(2, seats.GetProperty("B").GetInt32());
        Assert.Equal(1, seats.GetProperty("C").GetInt32());
    }

    [Fact]
    public void Seats_LargestRemainderText_PrintsTheExplanation()
    {
        var (code, output, stderr) = Run("seats", "--method", "largest-remainder-hare", "--seats", "6", "--votes", "USM=6099,SM=2503,UM-FO=1251,CFDT=146");
        CliAssert.Exit(0, code, stderr);
        Assert.Contains("USM 4, SM 1, UM-FO 1, CFDT 0", output, StringComparison.Ordinal);
        Assert.Contains("largest remainders", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Seats_UnknownMethod_ExitsNonZeroNamingIt()
    {
        var (code, output, error) = Run("seats", "--method", "borda", "--seats", "6", "--votes", "A=1");
        CliAssert.Exit(JusticeCli.InputError, code, error);
        Assert.Equal(string.Empty, output);
        Assert.Contains("'borda'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Seats_NegativeVotes_ExitsNonZeroNamingTheList()
    {
        var (code, _, error) = Run("seats", "--method", "dhondt", "--seats", "6", "--votes", "A=100,B=-80");
        CliAssert.Exit(JusticeCli.InputError, code, error);
        Assert.Contains("list 'B'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Seats_MalformedVotes_ExitsNonZeroNamingTheItem()
    {
        var (code, _, error) = Run("seats", "--method", "dhondt", "--seats", "6", "--votes", "A=100,B:80");
        CliAssert.Exit(JusticeCli.InputError, code, error);
        Assert.Contains("'B:80'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Seats_TieWithLot_RecordsTheDraw()
    {
        var (code, output, stderr) = Run("seats", "--method", "dhondt", "--seats", "1", "--votes", "A=50,B=50", "--tie-break", "most-votes-then-lot", "--entropy", "9319/2,5,12,8,10", "--json");
        CliAssert.Exit(0, code, stderr);
        using var document = JsonDocument.Parse(output);
        Assert.True(document.RootElement.GetProperty("complete").GetBoolean());
        var draw = document.RootElement.GetProperty("outcome").GetProperty("ties")[0].GetProperty("draw");
        Assert.StartsWith("9319./2.5.8.10.12./", draw.GetProperty("keyString").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Deliberate_EmbeddedExample_DecidesAndExplains()
    {
        var (code, output, stderr) = Run("deliberate");
        CliAssert.Exit(0, code, stderr);
        Assert.Contains("chair's casting vote", output, StringComparison.Ordinal);
        Assert.Contains("holder 'e10' is absent", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Deliberate_Json_PrintsOneObject()
    {
        var (code, output, stderr) = Run("deliberate", "--json");
        CliAssert.Exit(0, code, stderr);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("Adopted", document.RootElement.GetProperty("outcomes")[1].GetProperty("decision").GetString());
    }

    [Fact]
    public void Deliberate_DuplicateMember_ExitsNonZeroNamingIt()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """
                { "body": "b", "date": "2026-01-01", "members": [ { "id": "a" }, { "id": "a" } ], "present": ["a"],
                  "rules": { "majority": { "base": "VotesCast", "threshold": "more-than-half" }, "tie": { "rule": "MotionFails" } }, "motions": [ { "title": "m", "yes": 1 } ] }
                """);
            var (code, _, error) = Run("deliberate", "--scenario", path);
            CliAssert.Exit(JusticeCli.InputError, code, error);
            Assert.Contains("member 'a' appears twice", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{ "members": [ null ], "motions": [ { "title": "m" } ] }""", "members[0] is null")]
    [InlineData("""{ "members": null, "motions": [ { "title": "m" } ] }""", "\"members\" is null")]
    [InlineData("""{ "members": [ { "id": "a" } ], "present": ["a"], "motions": [ null ] }""", "motions[0] is null")]
    [InlineData("""{ "members": [ { "id": "a" } ], "present": ["a", null], "motions": [ { "title": "m" } ] }""", "present[1] is null")]
    [InlineData("""{ "members": [ { "id": "a" } ], "proxies": [ null ], "motions": [ { "title": "m" } ] }""", "proxies[0] is null")]
    [InlineData("""{ "members": [ { "id": "a" } ], "rules": null, "motions": [ { "title": "m" } ] }""", "\"rules\" is null or missing")]
    [InlineData("""{ "members": [ { "id": "a" } ], "rules": { "majority": null }, "motions": [ { "title": "m" } ] }""", "\"rules.majority\" is null or missing")]
    [InlineData("""{ "members": [ { "id": "a" } ], "rules": { "majority": { "base": "VotesCast", "threshold": "more-than-half" }, "tie": null }, "motions": [ { "title": "m" } ] }""", "\"rules.tie\" is null or missing")]
    [InlineData("""{ "members": [ { "id": "a" } ], "present": ["a"], "rules": { "majority": { "base": "VotesCast", "threshold": "more-than-half" }, "tie": { "rule": "MotionFails" } }, "motions": [ { "title": "m", "yes": 2147483647, "no": 2147483647 } ] }""", "yes + no + abstentions + blank + spoiled")]
    [InlineData("""{ "members": [ { "id": "a" } ], "present": ["a"], "motions": [ { "title": "m", "yes": 1 } ] }""", "\"rules\" is null or missing")]
    [InlineData("""{ "members": [ { "id": "a" } ], "present": ["a"], "rules": { "majority": { "base": "VotesCast", "threshold": "more-than-half" } }, "motions": [ { "title": "m", "yes": 1 } ] }""", "\"rules.tie\" is null or missing")]
    [InlineData("""{ "members": [ { "id": "a" } ], "present": ["a"], "rules": { "majority": { "base": "VotesCast", "threshold": null }, "tie": { "rule": "MotionFails" } }, "motions": [ { "title": "m", "yes": 1 } ] }""", "\"rules.majority.threshold\" is null or missing")]
    [InlineData("""{ "members": [ { "id": "a" } ], "present": ["a"], "rules": { "quorum": { "base": "AllMembers" }, "majority": { "base": "VotesCast", "threshold": "more-than-half" }, "tie": { "rule": "MotionFails" } }, "motions": [ { "title": "m", "yes": 1 } ] }""", "\"rules.quorum.threshold\" is null or missing")]
    public void Deliberate_NullOrOverflowingScenarioParts_ExitNonZeroNamingTheField(string scenario, string expected)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, scenario);
            var (code, output, error) = Run("deliberate", "--scenario", path, "--json");
            CliAssert.Exit(JusticeCli.InputError, code, error);
            Assert.Equal(string.Empty, output);
            Assert.Contains(expected, error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Deliberate_MoreBallotsThanVoters_ExitsNonZero()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """
                { "body": "b", "date": "2026-01-01", "members": [ { "id": "a" }, { "id": "b" } ], "present": ["a"],
                  "rules": { "majority": { "base": "VotesCast", "threshold": "more-than-half" }, "tie": { "rule": "MotionFails" } }, "motions": [ { "title": "m", "yes": 2 } ] }
                """);
            var (code, _, error) = Run("deliberate", "--scenario", path);
            CliAssert.Exit(JusticeCli.InputError, code, error);
            Assert.Contains("only 1 vote(s) may be cast", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Tour_IncludesDeliberation()
    {
        var (code, output, stderr) = Run("tour", "--only", "Deliberation");
        CliAssert.Exit(0, code, stderr);
        Assert.Contains("RFC 3797", output, StringComparison.Ordinal);
        Assert.Contains("Lee, Doc, Mary", output, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "RFC 3797, § 6")]
    public void Draw_Rfc3797WorkedExample_SelectsLeeFirst()
    {
        var pool = "John,Mary,Bashful,Dopey,Sleepy,Grouchy,Doc,Sneazy,Handsome,Cassandra,Pollyanna,Pendragon,Pandora,Faith,Hope,Charity,Lee,Longsuffering,Chastity,Smith,Pride,Sloth,Envy,Anger,Kasczynski";
        var (code, output, stderr) = Run("draw", "--pool", pool, "--count", "3", "--entropy", "9319/2,5,12,8,10/9,18,26,34,41,45", "--json");
        CliAssert.Exit(0, code, stderr);
        using var document = JsonDocument.Parse(output);
        var selected = document.RootElement.GetProperty("selected").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(["Lee", "Doc", "Mary"], selected);
    }

    [Fact]
    public void Draw_WithoutEntropyOrSeed_ExitsNonZero()
    {
        var (code, _, error) = Run("draw", "--pool", "A,B");
        CliAssert.Exit(JusticeCli.InputError, code, error);
        Assert.Contains("--entropy", error, StringComparison.Ordinal);
    }
}
