namespace Justice.Domain.Allocation.Ranking;

/// <summary>Exact decimal forms of the integers the allocators compute with (no division, no rounding).</summary>
internal static class DisplayNumbers
{
    /// <summary>A rank kept doubled (so that a fractional rank x.5 is an integer): 5 → 2.5, 6 → 3.</summary>
    public static decimal Rank(long doubledRank) => Scaled(doubledRank * 5, 1);

    /// <summary>A rank sum kept as Σ (weight × 10^k) × doubled rank: divided by 2 × 10^k.</summary>
    public static decimal RankSum(long scaledDoubledSum, long weightScale)
    {
        var places = 1;
        for (var s = weightScale; s > 1; s /= 10)
        {
            places++;
        }

        return Scaled(scaledDoubledSum * 5, places);
    }

    /// <summary>A headcount in hundredths: 725 → 7.25.</summary>
    public static decimal Hundredths(long hundredths) => Scaled(hundredths, 2);

    private static decimal Scaled(long value, int places)
    {
        while (places > 0 && value % 10 == 0)
        {
            value /= 10;
            places--;
        }

        var magnitude = (ulong)Math.Abs(value);
        return new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, value < 0, (byte)places);
    }
}
