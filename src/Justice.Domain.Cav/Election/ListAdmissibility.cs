using System.Collections.Immutable;

namespace Justice.Domain.Cav.Election;

/// <summary><i>Recevabilité d'une liste</i>: whether a list is admissible, its délégué and every reason it is not.</summary>
/// <param name="Union">The union.</param>
/// <param name="Delegate">The délégué de liste (named or head of list).</param>
/// <param name="AllowedWomen">The numbers of women the gender share allows (the rounded-down and rounded-up values).</param>
/// <param name="Issues">The reasons it is inadmissible; empty when admissible.</param>
public sealed record ListAdmissibility(string Union, string? Delegate, ImmutableArray<int> AllowedWomen, ImmutableArray<ListIssue> Issues)
{
    /// <summary>True when the list is admissible.</summary>
    public bool IsAdmissible => Issues.IsEmpty;
}
