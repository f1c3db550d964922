using BenchmarkDotNet.Attributes;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Domain.Benchmarks.Identity;

/// <summary>
/// Pairwise comparison throughput on the civil-status profile: 1,000 blocked pairs of synthetic French records per
/// operation. Baseline: the straightforward path (normalise both raw records, then compare with the explanation);
/// optimised: <see cref="IdentityMatcher.Score"/> on records prepared once.
/// </summary>
[MemoryDiagnoser]
public class IdentityCompareBenchmarks
{
    private const int Pairs = 1000;
    private (PersonRecord A, PersonRecord B)[] raw = [];
    private (PreparedRecord A, PreparedRecord B)[] prepared = [];
    private IdentityMatcher matcher = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = new SyntheticGenerator().Generate(3000, 7);
        var records = data.Records();
        var profile = CivilStatusProfile.Default;
        var all = records.Select(profile.Prepare).ToArray();
        matcher = IdentityMatcher.Create(profile.Profile, MatchModel.Initial(profile.Profile)).WithTermFrequencies(all);
        var byKey = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < all.Length; i++)
        {
            foreach (var key in all[i].BlockingKeys)
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add(i);
            }
        }

        var pairs = byKey.Values.Where(l => l.Count > 1).SelectMany(l => l.Skip(1).Select(j => (l[0], j))).Distinct().Take(Pairs).ToArray();
        raw = pairs.Select(p => (records[p.Item1], records[p.Item2])).ToArray();
        prepared = pairs.Select(p => (all[p.Item1], all[p.Item2])).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs)]
    public double PrepareAndCompare()
    {
        var profile = CivilStatusProfile.Default;
        var total = 0.0;
        foreach (var (a, b) in raw)
        {
            total += matcher.Compare(profile.Prepare(a), profile.Prepare(b)).Weight;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Pairs)]
    public double ScorePrepared()
    {
        var total = 0.0;
        foreach (var (a, b) in prepared)
        {
            total += matcher.Score(a, b).Weight;
        }

        return total;
    }
}
