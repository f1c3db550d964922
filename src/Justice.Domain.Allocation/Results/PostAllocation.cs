using System.Globalization;
using System.Text;

namespace Justice.Domain.Allocation.Results;

/// <summary>
/// <i>Localisation d'un emploi</i>: one post of the allocation and why it went where it did: the court that was first in
/// the order among those that could take it, with its ranks, rank sum, loads and headcounts at the moment of the choice
/// (before the post takes effect).
/// </summary>
/// <param name="Order">The post's number, from 1.</param>
/// <param name="CourtId">The court that receives it.</param>
/// <param name="RankSum">The court's rank sum (Σ weight × rank) at the moment of the choice.</param>
/// <param name="Position">The court's position in the general order at that moment (1 = best rank sum after the tie-breaks); courts ahead of it were ineligible or at their cap.</param>
/// <param name="PostsBefore">Posts the court had already received in this allocation.</param>
/// <param name="SiegeSize">Its siège size before the post: non-specialised + specialised + posts already received.</param>
/// <param name="CorrectedHeadcount">Its corrected headcount before the post.</param>
/// <param name="CorrectedHeadcountAfter">Its corrected headcount after the post (lower than before when the post crosses a bracket of the 2000 table; see docs).</param>
/// <param name="Standings">Its rank and load on every criterion, in criterion order.</param>
public sealed record PostAllocation(
    int Order,
    string CourtId,
    decimal RankSum,
    int Position,
    int PostsBefore,
    int SiegeSize,
    decimal CorrectedHeadcount,
    decimal CorrectedHeadcountAfter,
    IReadOnlyList<CriterionStanding> Standings)
{
    /// <summary>A one-line explanation, for example "post 3 → TJ-LILLE: rank sum 9 (civil_flow 1, …), corrected headcount 42.5 → 43.5".</summary>
    /// <returns>The text.</returns>
    public string Describe()
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"post {Order} → {CourtId}: position {Position}, rank sum {RankSum} (");
        for (var i = 0; i < Standings.Count; i++)
        {
            var s = Standings[i];
            builder.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? string.Empty : ", ")}{s.CriterionId} rank {s.Rank}, load {s.Load:0.###}");
        }

        builder.Append(CultureInfo.InvariantCulture, $"), corrected headcount {CorrectedHeadcount} → {CorrectedHeadcountAfter}");
        return builder.ToString();
    }
}
