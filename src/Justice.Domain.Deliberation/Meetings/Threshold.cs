using System.Globalization;
using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Meetings;

/// <summary>
/// <i>Seuil</i>: a fraction of a base that a count must reach (≥) or exceed (&gt;), checked in integer arithmetic:
/// <c>count × d ≥ n × base</c> or <c>count × d &gt; n × base</c>. <see cref="None"/> is always met.
/// </summary>
public sealed record Threshold
{
    private Threshold(int numerator, int denominator, Comparison comparison, bool isNone)
    {
        Numerator = numerator;
        Denominator = denominator;
        Comparison = comparison;
        IsNone = isNone;
    }

    /// <summary><i>Plus de la moitié</i> (majorité absolue, majorité simple of a base): 2·count &gt; base.</summary>
    public static Threshold MoreThanHalf { get; } = new(1, 2, Comparison.MoreThan, false);

    /// <summary><i>Deux tiers</i>: 3·count ≥ 2·base.</summary>
    public static Threshold TwoThirds { get; } = new(2, 3, Comparison.AtLeast, false);

    /// <summary><i>Sans condition</i>: always met (a reconvened meeting without quorum).</summary>
    public static Threshold None { get; } = new(0, 1, Comparison.AtLeast, true);

    /// <summary>The numerator of the fraction.</summary>
    public int Numerator { get; }

    /// <summary>The denominator of the fraction.</summary>
    public int Denominator { get; }

    /// <summary>Reach (≥) or exceed (&gt;).</summary>
    public Comparison Comparison { get; }

    /// <summary>True for <see cref="None"/>.</summary>
    public bool IsNone { get; }

    /// <summary>Any fraction n/d with ≥ or &gt;.</summary>
    /// <param name="numerator">n, 0 or more, at most d.</param>
    /// <param name="denominator">d, 1 or more.</param>
    /// <param name="comparison">Reach or exceed.</param>
    /// <returns>The threshold.</returns>
    public static Threshold Fraction(int numerator, int denominator, Comparison comparison)
    {
        Guard.Positive(denominator);
        Guard.InRange(numerator, 0, denominator);
        return new Threshold(numerator, denominator, Guard.Defined(comparison), false);
    }

    /// <summary>Whether <paramref name="count"/> meets the threshold of <paramref name="base"/>, in integer arithmetic.</summary>
    /// <param name="count">The count, 0 or more.</param>
    /// <param name="base">The base, 0 or more.</param>
    /// <returns>True when met.</returns>
    public bool IsMet(long count, long @base)
    {
        Guard.NotNegative(count);
        Guard.NotNegative(@base);
        if (IsNone)
        {
            return true;
        }

        var left = (Int128)count * Denominator;
        var right = (Int128)Numerator * @base;
        return Comparison == Comparison.MoreThan ? left > right : left >= right;
    }

    /// <summary>The smallest count that meets the threshold of <paramref name="base"/> ("⌊E/2⌋ + 1" for more than half).</summary>
    /// <param name="base">The base, 0 or more.</param>
    /// <returns>The smallest count.</returns>
    public long MinimumOf(long @base)
    {
        Guard.NotNegative(@base);
        if (IsNone)
        {
            return 0;
        }

        var product = (Int128)Numerator * @base;
        var min = Comparison == Comparison.MoreThan ? (product / Denominator) + 1 : (product + Denominator - 1) / Denominator;
        return (long)min;
    }

    /// <summary>The threshold in words ("more than 1/2", "at least 2/3", "none").</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsNone
        ? "none"
        : string.Create(CultureInfo.InvariantCulture, $"{(Comparison == Comparison.MoreThan ? "more than" : "at least")} {Numerator}/{Denominator}");
}
