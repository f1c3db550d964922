using BenchmarkDotNet.Attributes;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Domain.Benchmarks.Identity;

/// <summary>
/// The surname and first-name levels of the civil-status profile on every blocked pair of 20,000 synthetic French
/// records (most blocked pairs have plainly different first names). Baseline: the straightforward definition
/// (Jaro–Winkler on every combination of forms); optimised: Jaro–Winkler only when its cheap upper bound leaves the
/// level open.
/// </summary>
[MemoryDiagnoser]
public class NameLevelBenchmarks
{
    private (PreparedRecord A, PreparedRecord B)[] pairs = [];
    private NameComparison[] names = [];

    [GlobalSetup]
    public void Setup()
    {
        var profile = CivilStatusProfile.Default;
        var records = new SyntheticGenerator().Generate(20_000, 7).Records().Select(profile.Prepare).ToArray();
        var list = new List<(PreparedRecord, PreparedRecord)>();
        BulkLinkage.Block(profile.Profile, records, 100).ForEachPair((i, j) => list.Add((records[i], records[j])));
        pairs = [.. list];
        names = [.. profile.Profile.Comparisons.OfType<NameComparison>()];
    }

    /// <summary>The straightforward levels.</summary>
    /// <returns>The sum of the levels.</returns>
    [Benchmark(Baseline = true)]
    public long Reference()
    {
        long total = 0;
        foreach (var (a, b) in pairs)
        {
            total += names[0].LevelReference(a, b) + names[1].LevelReference(a, b);
        }

        return total;
    }

    /// <summary>The levels with the upper bound first.</summary>
    /// <returns>The sum of the levels.</returns>
    [Benchmark]
    public long Bounded()
    {
        long total = 0;
        foreach (var (a, b) in pairs)
        {
            total += names[0].Level(a, b) + names[1].Level(a, b);
        }

        return total;
    }
}
