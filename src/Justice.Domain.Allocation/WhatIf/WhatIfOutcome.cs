namespace Justice.Domain.Allocation.WhatIf;

/// <summary><i>Comparaison de deux hypothèses</i>: the courts whose posts change between two requests, each with the rank that decided it.</summary>
/// <param name="LabelA">The first scenario's label.</param>
/// <param name="LabelB">The second scenario's label.</param>
/// <param name="PlacedA">Posts placed under the first scenario.</param>
/// <param name="PlacedB">Posts placed under the second scenario.</param>
/// <param name="Changes">The courts whose number of posts differs, by the size of the difference (largest first), then id.</param>
/// <param name="UnchangedCourts">Courts present in both with the same number of posts.</param>
public sealed record WhatIfOutcome(string LabelA, string LabelB, int PlacedA, int PlacedB, IReadOnlyList<CourtChange> Changes, int UnchangedCourts);
