using System.Collections.Immutable;

namespace Justice.Domain.Cav.Election;

/// <summary><i>Liste électorale</i>: the decision for every magistrate considered, with the counts of electors and of those excluded.</summary>
/// <param name="Decisions">One decision per magistrate, in the order given.</param>
public sealed record ElectoralRoll(ImmutableArray<ElectorDecision> Decisions)
{
    /// <summary>The number of electors.</summary>
    public int Electors => Decisions.Count(d => d.MayVote);

    /// <summary>The number of magistrates who do not vote.</summary>
    public int Excluded => Decisions.Length - Electors;
}
