using System.Collections.Immutable;
using Justice.Domain.Core;
using static Justice.Domain.Cav.Invariant;

namespace Justice.Domain.Cav.Representativeness;

/// <summary>
/// <i>Représentativité des organisations syndicales</i> (Ord. 58-1270, art. 10-1, II): a union is representative
/// if it won at least one seat at the commission, or reached in the 1° election at least the minimum share of valid
/// votes set by decree. The share is a parameter (reported as 6 %, a figure from a summary, not a text we hold).
/// </summary>
public static class UnionRepresentativeness
{
    /// <summary>Decides for each union. Exact decimal arithmetic: votes × 100 ≥ minimum % × valid votes.</summary>
    /// <param name="results">Each union's votes and seats.</param>
    /// <param name="minimumSharePercent">The minimum share of valid votes set by decree, in percent (0 to 100).</param>
    /// <returns>One decision per union, in the order given.</returns>
    public static ImmutableArray<RepresentativenessDecision> Assess(IEnumerable<UnionResult> results, decimal minimumSharePercent)
    {
        var all = Guard.NoNullElements(results);
        if (minimumSharePercent < 0m || minimumSharePercent > 100m)
        {
            throw Guard.OutOfRange(nameof(minimumSharePercent), minimumSharePercent, "a percentage between 0 and 100");
        }

        var valid = all.Sum(r => r.Votes);
        return [.. all.Select(r => Decide(r, valid, minimumSharePercent))];
    }

    private static RepresentativenessDecision Decide(UnionResult r, long valid, decimal minimum)
    {
        if (r.Seats >= 1)
        {
            return new(r.Union, true, Text($"won {r.Seats} seat(s) at the commission"), CavReferences.UnionRepresentativeness);
        }

        var share = valid == 0 ? 0m : 100m * r.Votes / valid;
        var reaches = valid > 0 && 100m * r.Votes >= minimum * valid;
        return new(r.Union, reaches,
            Text($"no seat; {share:0.##} % of valid votes ({r.Votes} of {valid}) {(reaches ? "reaches" : "is below")} the minimum share of {minimum} %"),
            CavReferences.UnionRepresentativeness);
    }
}
