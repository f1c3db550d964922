using BenchmarkDotNet.Attributes;
using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Benchmarks.Core;

/// <summary>
/// Date-versioned lookup: the binary search of <see cref="DateVersioned{T}.At"/> against a linear scan written
/// straight from the definition (the latest start on or before the date), on 64 versions and 1,024 dates.
/// </summary>
[MemoryDiagnoser]
public class DateVersionedBenchmarks
{
    private DateVersioned<int> versioned = null!;
    private LocalDate[] starts = null!;
    private LocalDate[] queries = null!;

    /// <summary>Builds 64 yearly versions and 1,024 query dates inside them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var first = new LocalDate(1960, 1, 1);
        starts = Enumerable.Range(0, 64).Select(i => first.PlusYears(i)).ToArray();
        versioned = new DateVersioned<int>("benchmark", starts.Select((d, i) => new DateVersion<int>(d, i)));
        var random = new Random(42);
        queries = Enumerable.Range(0, 1024).Select(_ => first.PlusDays(random.Next(0, 64 * 365))).ToArray();
    }

    /// <summary>Linear scan from the definition.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true)]
    public int LinearScan()
    {
        var sum = 0;
        foreach (var date in queries)
        {
            var found = -1;
            for (var i = 0; i < starts.Length; i++)
            {
                if (starts[i] <= date)
                {
                    found = i;
                }
            }

            sum += found;
        }

        return sum;
    }

    /// <summary><see cref="DateVersioned{T}.At"/>.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public int BinarySearchAt()
    {
        var sum = 0;
        foreach (var date in queries)
        {
            sum += versioned.At(date);
        }

        return sum;
    }
}
