using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Deliberation.Meetings;
using Justice.Domain.Usm.Decisions;

namespace Justice.Domain.Usm.Elections;

/// <summary>
/// <i>Ordre de présentation des listes CSM</i>: "le conseil national détermine l'ordre de présentation au sein des listes,
/// en procédant par votes successifs, nom par nom, jusqu'à épuisement des postes à pourvoir" (RI USM, art. 2-7, al. 4).
/// Each vote places one name at the next position if the council adopts it under its ordinary rule (Statuts USM,
/// art. 15: quorum, simple majority of present or represented, casting vote), decided by the engine.
/// </summary>
public static class CsmListOrdering
{
    /// <summary>Runs the successive votes in order; a rejected vote leaves the position open for the next one.</summary>
    /// <param name="meeting">The council meeting.</param>
    /// <param name="catalogue">The decision catalogue (the rule of <see cref="UsmDecision.CsmInvestiture"/>).</param>
    /// <param name="posts">The posts to fill on the list.</param>
    /// <param name="votes">The votes, in the order held.</param>
    /// <returns>The list and every round.</returns>
    public static CsmListOutcome Order(Meeting meeting, UsmDecisionCatalogue catalogue, int posts, IEnumerable<CsmPlacementVote> votes)
    {
        Guard.NotNull(meeting);
        Guard.NotNull(catalogue);
        Guard.Positive(posts);
        var rules = catalogue[UsmDecision.CsmInvestiture].Rules;
        var order = new List<string>();
        var rounds = new List<CsmPlacementRound>();
        foreach (var vote in Guard.NoNullElements(votes))
        {
            if (order.Count == posts)
            {
                rounds.Add(new CsmPlacementRound(vote, null, null, string.Create(CultureInfo.InvariantCulture, $"the {posts} post(s) are exhausted (RI USM, art. 2-7, al. 4)")));
                continue;
            }

            if (order.Contains(vote.CandidateId, StringComparer.Ordinal))
            {
                rounds.Add(new CsmPlacementRound(vote, null, null, "'" + vote.CandidateId + "' is already placed on the list"));
                continue;
            }

            var position = order.Count + 1;
            var outcome = Deliberator.Decide(meeting, rules, new Motion(string.Create(CultureInfo.InvariantCulture, $"'{vote.CandidateId}' at position {position}"), vote.Tally, vote.ChairVote));
            if (outcome.Passed)
            {
                order.Add(vote.CandidateId);
            }

            rounds.Add(new CsmPlacementRound(vote, position, outcome, null));
        }

        return new CsmListOutcome(posts, order, rounds);
    }
}
