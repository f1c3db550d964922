using System.Text.Json;
using Justice.Domain.Identity.Clustering;
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
        Assert.Equal(0, code);
        var lines = File.ReadAllLines(output);
        Assert.Equal("id,cluster_id", lines[0]);
        var cluster = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[1]);
        Assert.Equal(["p1", "p2", "p3", "p4", "p5", "p7", "p8"], cluster.Keys.Order());
        Assert.Equal(cluster["p1"], cluster["p2"]);
        Assert.NotEqual(cluster["p1"], cluster["p5"]);
        Assert.Contains("line 7 (id p6)", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Petit", err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder, "*.partial"));
        Assert.StartsWith("left_id,right_id,weight,probability", File.ReadAllText(review), StringComparison.Ordinal);
        Assert.Equal(0, Run("identity", "dedupe", "--input", Persons(), "--output", output, "--quiet", "--model", model).Code);
    }

    [Fact]
    public void Dedupe_Json_PrintsOneObjectWithTheCounts()
    {
        var (code, stdout, _) = Run("identity", "dedupe", "--input", Persons(), "--output", Path.Combine(folder, "c.csv"), "--json", "--clustering", "weak-link-splitting");
        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal(8, document.RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(1, document.RootElement.GetProperty("rejected").GetInt32());
        Assert.Equal("WeakLinkSplitting", document.RootElement.GetProperty("clustering").GetProperty("method").GetString());
    }

    [Fact]
    public void Dedupe_NotQuiet_ReportsEachStageOnStandardError()
    {
        var (code, _, err) = Run("identity", "dedupe", "--input", Persons(), "--output", Path.Combine(folder, "c.csv"));
        Assert.Equal(0, code);
        Assert.Contains("read and index: 7 records, 1 rejected", err, StringComparison.Ordinal);
        Assert.Contains("compare pairs:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Dedupe_UnknownClustering_FailsNamingTheOption()
    {
        var (code, _, err) = Run("identity", "dedupe", "--input", Persons(), "--output", Path.Combine(folder, "c.csv"), "--clustering", "chains");
        Assert.NotEqual(0, code);
        Assert.Contains("--clustering", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Dedupe_MissingFile_FailsNamingIt()
    {
        var (code, _, err) = Run("identity", "dedupe", "--input", Path.Combine(folder, "none.csv"), "--output", Path.Combine(folder, "c.csv"));
        Assert.Equal(JusticeCli.UsageError, code);
        Assert.Contains("none.csv", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocking_WithTruth_ReportsEachRuleAndTheRecallCeiling()
    {
        var truth = Path.Combine(folder, "truth.csv");
        File.WriteAllLines(truth, ["id,person", "p1,a", "p2,a", "p3,b", "p4,b", "p5,c", "p7,d", "p8,e"]);
        var (code, stdout, _) = Run("identity", "blocking", "--input", Persons(), "--truth", truth, "--json");
        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal(4, document.RootElement.GetProperty("blocking").GetProperty("rules").GetArrayLength());
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
