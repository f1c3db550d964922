namespace Justice.Domain.Allocation.Ranking;

/// <summary>
/// A load as the exact ratio <see cref="Numerator"/> / <see cref="Denominator"/> of two integers, compared by
/// cross-multiplication in <see cref="Int128"/>, so that equal loads are equal (ties are decided by the rules, never by
/// rounding). With the validator's bounds (values ≤ 10^12 with ≤ 6 decimals, ≤ 64 years, headcounts ≤ 10^6 plus
/// ≤ 10^7 posts) a product stays below 10^34, far inside Int128. A double pre-check decides the clear cases first:
/// its relative error is below 10^-15 (three roundings of 2^-53), so any relative gap above 10^-12 has the right sign.
/// </summary>
internal readonly struct ExactLoad
{
    /// <summary>Creates a load; <paramref name="approximateNumerator"/> is <paramref name="numerator"/> as a double (kept by the caller so that no Int128 is converted in the hot path).</summary>
    public ExactLoad(Int128 numerator, long denominator, double approximateNumerator)
    {
        Numerator = numerator;
        Denominator = denominator;
        Approximate = approximateNumerator / denominator;
    }

    public Int128 Numerator { get; }

    public long Denominator { get; }

    public double Approximate { get; }

    /// <summary>Compares two loads: negative, zero or positive as <paramref name="a"/> is lower, equal or higher.</summary>
    public static int Compare(in ExactLoad a, in ExactLoad b)
    {
        var x = a.Approximate;
        var y = b.Approximate;
        if (ClearlyApart(x, y))
        {
            return x > y ? 1 : -1;
        }

        return (a.Numerator * b.Denominator).CompareTo(b.Numerator * a.Denominator);
    }

    public double ToDouble() => Approximate;

    /// <summary>Whether two approximations are far enough apart for their order to be the exact order (the pre-check of <see cref="Compare"/>).</summary>
    public static bool ClearlyApart(double x, double y)
    {
        // The larger magnitude by a plain comparison (Math.Max also orders NaNs and signed zeros, which do not occur).
        var ax = Math.Abs(x);
        var ay = Math.Abs(y);
        return Math.Abs(x - y) > 1e-12 * (ax > ay ? ax : ay);
    }
}
