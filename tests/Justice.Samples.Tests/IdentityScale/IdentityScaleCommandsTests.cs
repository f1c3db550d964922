using System.Text.Json;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Scoring;
using Justice.Samples.Cli;
using Justice.Samples.IdentityScale;

using Justice.Samples.Tests.Cli;

namespace Justice.Samples.Tests.IdentityScale;

public sealed class IdentityScaleCommandsTests : IDisposable
{
    private const string Header = "id,civility,birth_surname,usage_surname,first_names,aliases,sex,birth_date,death_date,birth_commune_code,birth_commune_name,birth_country_code,birth_country_name,nationality";

    private static readonly string[] Rows =
    [
        "p1,M.,Dupont,,Jean,,M,1970-03-12,,75056,Paris,,,FR",
        "p2,M.,DUPONT,,Jean,,M,1970-03-12,,75056,Paris,,,FR",
        "p3,Mme,Martin,,Claire,,F,1985-06-01,,69123,Lyon,,,FR",
        "p4,Mme,Martin,Durand,\"Claire,Anne\",,F,1985-06-01,,69123,Lyon,,,FR",
        "p5,M.,Bernard,,Luc,,M,1950-01-01,,13055,Marseille,,,FR",
        "p6,M.,Petit,,Paul,,X,1960-13-45,,13055,Marseille,,,FR",
        "p7,M.,Leroy,,Marc,,M,1991-07-21,,33063,Bordeaux,,,FR",
        "p8,Mme,Moreau,,Julie,,F,1977-11-30,,31555,Toulouse,,,FR",
        "p9,M.,,,,,X,,,,,,,",
    ];

    private readonly string folder = Directory.CreateTempSubdirectory("identity-scale-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Persons()
    {
        var path = Path.Combine(folder, "persons.csv");
        File.WriteAllLines(path, [Header, .. Rows]);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Dedupe_SmallFile_WritesEveryValidIdOnceAndRejectsTheBadRowByLine()
    {
        var output = Path.Combine(folder, "clusters.csv");
        var review = Path.Combine(folder, "review.csv");
        var model = Path.Combine(folder, "model.json");
        var (code, _, err) = Run("identity", "dedupe", "--input", Persons(), "--output", output, "--quiet", "--review", review, "--save-model", model);
        CliAssert.Exit(0, code, err);
        var lines = File.ReadAllLines(output);
        Assert.Equal("id,cluster_id", lines[0]);
        var cluster = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[1]);
        Assert.Equal(["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"], cluster.Keys.Order());
        Assert.Equal(cluster["p1"], cluster["p2"]);
        Assert.NotEqual(cluster["p1"], cluster["p5"]);
        Assert.Contains("line 10 (id p9): row: no identifying field", err, StringComparison.Ordinal);
        Assert.Contains("flagged: line 7 (id p6): sex", err, StringComparison.Ordinal);
        Assert.Contains("flagged: line 7 (id p6): birth_date", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Petit", err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder, "*.partial"));
        Assert.StartsWith("left_id,right_id,weight,probability", File.ReadAllText(review), StringComparison.Ordinal);
        Assert.Equal(0, Run("identity", "dedupe", "--input", Persons(), "--output", output, "--quiet", "--model", model).Code);
    }

    [Fact]
    public void Dedupe_Json_PrintsOneObjectWithTheCounts()
    {
        var (code, stdout, stderr) = Run("identity", "dedupe", "--input", Persons(), "--output", Path.Combine(folder, "c.csv"), "--json", "--clustering", "weak-link-splitting");
        CliAssert.Exit(0, code, stderr);
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal(9, document.RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(1, document.RootElement.GetProperty("rejected").GetInt32());
        Assert.Equal(2, document.RootElement.GetProperty("flagged").GetInt32());
        Assert.Equal("WeakLinkSplitting", document.RootElement.GetProperty("clustering").GetProperty("method").GetString());
    }

    [Fact]
    public void Dedupe_NotQuiet_ReportsEachStageOnStandardError()
    {
        var (code, _, err) = Run("identity", "dedupe", "--input", Persons(), "--output", Path.Combine(folder, "c.csv"));
        CliAssert.Exit(0, code, err);
        Assert.Contains("read and index: 9 rows", err, StringComparison.Ordinal);
        Assert.Contains("rejected: line", err, StringComparison.Ordinal);
        Assert.Contains("compare pairs:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Dedupe_UnknownClustering_FailsNamingTheOption()
    {
        var (code, _, err) = Run("identity", "dedupe", "--input", Persons(), "--output", Path.Combine(folder, "c.csv"), "--clustering", "chains");
        CliAssert.Exit(JusticeCli.UsageError, code, err);
        Assert.Contains("--clustering", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Dedupe_MissingFile_FailsNamingIt()
    {
        var (code, _, err) = Run("identity", "dedupe", "--input", Path.Combine(folder, "none.csv"), "--output", Path.Combine(folder, "c.csv"));
        CliAssert.Exit(JusticeCli.InputError, code, err);
        Assert.Contains("none.csv", err, StringComparison.Ordinal);
    }

    private string Others()
    {
        var path = Path.Combine(folder, "others.csv");
        File.WriteAllLines(path,
        [
            Header,
            "q1,M.,DUPONT,,Jean,,M,1970-03-12,,75056,Paris,,,FR",
            "q3,Mme,MARTIN,,Claire,,F,1985-06-01,,69123,Lyon,,,FR",
            "q9,M.,Garnier,,Hugo,,M,2001-02-03,,44109,Nantes,,,FR",
        ]);
        return path;
    }

    [Fact]
    public void Link_TwoFiles_WritesThePairsAcrossTheFilesInTheStableFormat()
    {
        var output = Path.Combine(folder, "links.csv");
        var (code, stdout, err) = Run("identity", "link", "--left", Persons(), "--right", Others(), "--output", output, "--quiet");
        CliAssert.Exit(0, code, err);
        var lines = File.ReadAllLines(output);
        Assert.Equal("left_id,right_id,weight,probability,band", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Contains(rows, r => r[0] == "p1" && r[1] == "q1" && r[4] == "Match");
        Assert.Contains(rows, r => r[0] == "p3" && r[1] == "q3" && r[4] == "Match");
        Assert.All(rows, r => Assert.True(r[0].StartsWith('p') && r[1].StartsWith('q') && r[1] != "q9" && r[4] is "Match" or "Review"));
        Assert.All(rows, r => Assert.InRange(double.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture), 0.0, 1.0));
        Assert.Equal(rows.OrderBy(r => r[0], StringComparer.Ordinal).ThenBy(r => r[1], StringComparer.Ordinal).Select(r => r[0] + r[1]), rows.Select(r => r[0] + r[1]));
        Assert.Contains(FormattableString.Invariant($"left 8 (rejected 1), right 3 (rejected 0), links and review pairs {rows.Length}, "), stdout, StringComparison.Ordinal);
        Assert.Contains("rejected: line 10 (id p9)", err, StringComparison.Ordinal);
        Assert.DoesNotContain("compare pairs", err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder, "*.partial"));
    }

    [Fact]
    public void Link_NotQuietJson_StagesOnStandardErrorOnlyWithoutJson()
    {
        var output = Path.Combine(folder, "links.csv");
        var (code, _, err) = Run("identity", "link", "--left", Persons(), "--right", Others(), "--output", output);
        CliAssert.Exit(0, code, err);
        Assert.Contains("compare pairs:", err, StringComparison.Ordinal);
        var (jsonCode, stdout, jsonErr) = Run("identity", "link", "--left", Persons(), "--right", Others(), "--output", output, "--json", "--threads", "1");
        CliAssert.Exit(0, jsonCode, jsonErr);
        Assert.DoesNotContain("compare pairs", jsonErr, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal(8, document.RootElement.GetProperty("left").GetInt32());
        Assert.Equal(3, document.RootElement.GetProperty("right").GetInt32());
        Assert.True(document.RootElement.GetProperty("matchPairs").GetInt64() >= 2);
    }

    [Fact]
    public void Link_MissingFile_FailsNamingIt()
    {
        var (code, _, err) = Run("identity", "link", "--left", Persons(), "--right", Path.Combine(folder, "none.csv"), "--output", Path.Combine(folder, "l.csv"));
        CliAssert.Exit(JusticeCli.InputError, code, err);
        Assert.Contains("none.csv", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "l.csv")));
    }

    [Fact]
    public void IndexStats_SmallFile_ReportsBytesPerRecordAndLatency()
    {
        var (code, stdout, stderr) = Run("identity", "index-stats", "--input", Persons(), "--queries", "2", "--passes", "1", "--json");
        CliAssert.Exit(0, code, stderr);
        using var document = JsonDocument.Parse(stdout);
        var root = document.RootElement;
        Assert.Equal(6, root.GetProperty("records").GetInt32());
        Assert.Equal(2, root.GetProperty("queries").GetInt32());
        // Heap figures are only meaningful on a large file (other tests allocate at the same time): present, not checked.
        Assert.Equal(JsonValueKind.Number, root.GetProperty("indexBytesPerRecord").ValueKind);
        Assert.True(root.GetProperty("keyCount").GetInt32() > 0);
        Assert.True(root.GetProperty("queriesPerSecond").GetDouble() > 0);
        CliAssert.Exit(JusticeCli.InputError, Run("identity", "index-stats", "--input", Persons(), "--queries", "8"));
    }

    [Fact]
    public void Blocking_WithTruth_ReportsEachRuleAndTheRecallCeiling()
    {
        var truth = Path.Combine(folder, "truth.csv");
        File.WriteAllLines(truth, ["id,person", "p1,a", "p2,a", "p3,b", "p4,b", "p5,c", "p7,d", "p8,e"]);
        var (code, stdout, stderr) = Run("identity", "blocking", "--input", Persons(), "--truth", truth, "--json");
        CliAssert.Exit(0, code, stderr);
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal(CivilStatusProfile.Default.Profile.BlockingRules.Count, document.RootElement.GetProperty("blocking").GetProperty("rules").GetArrayLength());
        Assert.Equal(2, document.RootElement.GetProperty("recall").GetProperty("truePairs").GetInt64());
        Assert.InRange(document.RootElement.GetProperty("recallCeiling").GetDouble(), 0.5, 1.0);
    }

    [Fact]
    public void Run_Cancelled_LeavesNoOutputFile()
    {
        var output = Path.Combine(folder, "clusters.csv");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var settings = new BulkDeduplicationSettings(Persons(), output, null, null, null, ClusteringMethod.BestLink, 1000, 1000, -1);
        Assert.ThrowsAny<OperationCanceledException>(() => ScaleProgress.Run(true, null, TextWriter.Null, p => BulkDeduplicationRun.Run(settings, p, cancelled.Token)));
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(folder, "*.partial"));
    }
}
