using System.Globalization;
using Justice.Domain.Core;

namespace Justice.Domain.Cav.Election;

/// <summary>
/// <i>Part respective de femmes et d'hommes parmi les électeurs</i> on 1 September before the vote, as an exact
/// fraction (women ÷ electors), from counts or from the percentage the arrêté publishes. The share is an input: the
/// arrêté fixing it is not among the texts the package holds, so no figure is built in (docs/readings.md).
/// </summary>
public readonly record struct GenderShare
{
    private GenderShare(long women, long electors)
    {
        WomenNumerator = women;
        Denominator = electors;
    }

    /// <summary>The numerator of the women's share.</summary>
    public long WomenNumerator { get; }

    /// <summary>The denominator (the electors, or 1,000,000 for a percentage with four decimals).</summary>
    public long Denominator { get; }

    /// <summary>The share from the numbers of women and men among the electors.</summary>
    /// <param name="women">Women electors, 0 or more.</param>
    /// <param name="men">Men electors, 0 or more; women + men at least 1.</param>
    /// <returns>The share.</returns>
    public static GenderShare FromElectors(int women, int men)
    {
        Guard.NotNegative(women);
        Guard.NotNegative(men);
        if ((long)women + men == 0)
        {
            throw Guard.OutOfRange(nameof(men), men, "a count such that women + men is at least 1");
        }

        return new GenderShare(women, (long)women + men);
    }

    /// <summary>The share from the published percentage of women (at most four decimals), as the arrêté states it.</summary>
    /// <param name="womenPercent">The percentage, 0 to 100.</param>
    /// <returns>The share.</returns>
    public static GenderShare FromPercentage(decimal womenPercent)
    {
        if (womenPercent < 0m || womenPercent > 100m || decimal.Round(womenPercent, 4) != womenPercent)
        {
            throw Guard.OutOfRange(nameof(womenPercent), womenPercent, "a percentage between 0 and 100 with at most four decimals");
        }

        return new GenderShare((long)(womenPercent * 10_000m), 1_000_000);
    }

    /// <summary>
    /// The numbers of women a list of <paramref name="candidates"/> may hold: the exact share when it is whole,
    /// otherwise the values rounded down and up (Décret 2025-659, art. 7). Integer arithmetic.
    /// </summary>
    /// <param name="candidates">The number of candidates on the list.</param>
    /// <returns>One or two allowed numbers, ascending.</returns>
    /// <exception cref="InvalidOperationException">The share is the default value (built by neither factory).</exception>
    public IReadOnlyList<int> AllowedWomen(int candidates)
    {
        Guard.NotNegative(candidates);
        if (Denominator == 0)
        {
            throw new InvalidOperationException("the gender share is the default value, which holds no share; build it with GenderShare.FromElectors or GenderShare.FromPercentage.");
        }

        var product = checked(candidates * WomenNumerator);
        var down = (int)(product / Denominator);
        return product % Denominator == 0 ? [down] : [down, down + 1];
    }

    /// <summary>The share of women as a percentage, for display.</summary>
    /// <returns>For example "62.5 %"; "no share" for the default value.</returns>
    public override string ToString() => Denominator == 0
        ? "no share"
        : (100m * WomenNumerator / Denominator).ToString("0.##", CultureInfo.InvariantCulture) + " %";
}
