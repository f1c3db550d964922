using BenchmarkDotNet.Attributes;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;

namespace Justice.Domain.Benchmarks.Identity;

/// <summary>
/// Record preparation on the civil-status profile: 10,000 synthetic French records per operation (figures per record).
/// Baseline: the reference preparation (LINQ, <see cref="string.Intern"/>, every name normalised on every record).
/// <c>Single</c>: <see cref="CivilStatusProfile.Prepare"/>, which keeps nothing between records. <c>PreparerCold</c>:
/// a new <see cref="CivilStatusPreparer"/> per operation, so its tables are filled from the 10,000 records.
/// <c>PreparerWarm</c>: one preparer that has already seen the values, as for most records of a large file.
/// </summary>
[MemoryDiagnoser]
public class IdentityPrepareBenchmarks
{
    private const int Records = 10_000;
    private PersonRecord[] records = [];
    private CivilStatusProfile profile = null!;
    private CivilStatusPreparer warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        records = BenchmarkRecords.Take(Records);
        profile = CivilStatusProfile.Default;
        warm = new CivilStatusPreparer(profile);
        foreach (var record in records)
        {
            warm.Prepare(record);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Records)]
    public int Reference() => PrepareAll(profile.PrepareReference);

    [Benchmark(OperationsPerInvoke = Records)]
    public int Single() => PrepareAll(profile.Prepare);

    [Benchmark(OperationsPerInvoke = Records)]
    public int PreparerCold() => PrepareAll(new CivilStatusPreparer(profile).Prepare);

    [Benchmark(OperationsPerInvoke = Records)]
    public int PreparerWarm() => PrepareAll(warm.Prepare);

    private int PrepareAll(Func<PersonRecord, PreparedRecord> prepare)
    {
        var keys = 0;
        foreach (var record in records)
        {
            keys += prepare(record).BlockingKeys.Length;
        }

        return keys;
    }
}
