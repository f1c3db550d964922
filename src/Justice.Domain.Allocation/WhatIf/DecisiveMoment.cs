using Justice.Domain.Allocation.Results;

namespace Justice.Domain.Allocation.WhatIf;

/// <summary>
/// <i>Moment décisif</i>: a court's standing at the post that decided a difference between two scenarios: either the
/// post it received, or the last post of the scenario in which it received fewer (when it did not get one more).
/// </summary>
/// <param name="Scenario">The scenario's label.</param>
/// <param name="Post">The post's number.</param>
/// <param name="Received">Whether the court received this post.</param>
/// <param name="Position">The court's position in the general order at that moment.</param>
/// <param name="RankSum">Its rank sum at that moment.</param>
/// <param name="Standings">Its rank and load on every criterion at that moment.</param>
/// <param name="TakenBy">When it did not receive the post: the court that did, else null.</param>
/// <param name="TakenByRankSum">That court's rank sum, else null.</param>
public sealed record DecisiveMoment(
    string Scenario,
    int Post,
    bool Received,
    int Position,
    decimal RankSum,
    IReadOnlyList<CriterionStanding> Standings,
    string? TakenBy,
    decimal? TakenByRankSum);
