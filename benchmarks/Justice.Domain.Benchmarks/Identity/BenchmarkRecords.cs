using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Domain.Benchmarks.Identity;

/// <summary>The synthetic records the identity benchmarks prepare: the first records of 6,000 persons, seed 7.</summary>
internal static class BenchmarkRecords
{
    /// <summary>The first <paramref name="count"/> records.</summary>
    /// <param name="count">How many.</param>
    /// <returns>The records.</returns>
    /// <exception cref="InvalidOperationException">The generator gave fewer.</exception>
    public static PersonRecord[] Take(int count)
    {
        var records = new SyntheticGenerator().Generate(6_000, 7).Records().Take(count).ToArray();
        return records.Length == count ? records : throw new InvalidOperationException("The generator gave fewer records than the benchmark needs.");
    }
}
