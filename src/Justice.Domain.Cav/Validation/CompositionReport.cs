using System.Collections.Immutable;
using Justice.Domain.Cav.Composition;
using NodaTime;

namespace Justice.Domain.Cav.Validation;

/// <summary><i>Contrôle de la composition</i>: the outcome of validating the members in office on a date.</summary>
/// <param name="Date">The date of the check.</param>
/// <param name="Regime">The regime in force on that date.</param>
/// <param name="MembersChecked">How many members were checked.</param>
/// <param name="Issues">Every defect found, each citing its rule.</param>
public sealed record CompositionReport(LocalDate Date, CavRegimeKind Regime, int MembersChecked, ImmutableArray<CompositionIssue> Issues)
{
    /// <summary>True when no defect was found.</summary>
    public bool IsValid => Issues.IsEmpty;

    /// <summary>The number of defects of each kind.</summary>
    public ImmutableDictionary<CompositionIssueKind, int> CountByKind =>
        Issues.GroupBy(i => i.Kind).ToImmutableDictionary(g => g.Key, g => g.Count());
}
