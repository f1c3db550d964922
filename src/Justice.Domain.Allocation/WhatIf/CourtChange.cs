namespace Justice.Domain.Allocation.WhatIf;

/// <summary><i>Juridiction dont la dotation change</i>: a court that receives a different number of posts in two scenarios, and why.</summary>
/// <param name="CourtId">The court.</param>
/// <param name="CourtName">Its name.</param>
/// <param name="PostsA">Posts under the first scenario (0 when the court is not in it).</param>
/// <param name="PostsB">Posts under the second scenario (0 when the court is not in it).</param>
/// <param name="Gained">The post it received in the scenario where it has more (its first post beyond the other scenario's count), or null when it is missing from that scenario's request.</param>
/// <param name="Missed">Its standing at the last post of the scenario where it has fewer, or null when that scenario placed no post or lacks the court.</param>
/// <param name="Explanation">The difference in words a court president can read.</param>
public sealed record CourtChange(
    string CourtId,
    string CourtName,
    int PostsA,
    int PostsB,
    DecisiveMoment? Gained,
    DecisiveMoment? Missed,
    string Explanation);
