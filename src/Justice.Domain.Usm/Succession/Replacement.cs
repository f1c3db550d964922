using Justice.Domain.Core;

namespace Justice.Domain.Usm.Succession;

/// <summary>
/// <i>Remplacement</i>: who stands in for an officer, by the order of the text. When the text names a set rather than a
/// person ("tout autre membre du bureau"), <see cref="MemberId"/> is null and <see cref="Eligible"/> lists the set.
/// </summary>
/// <param name="MemberId">The member who stands in, or null.</param>
/// <param name="Eligible">When the text leaves the choice open: the members any of whom may stand in.</param>
/// <param name="Explanation">The order followed, in words.</param>
/// <param name="Reference">The article.</param>
public sealed record Replacement(string? MemberId, IReadOnlyList<string> Eligible, string Explanation, LegalReference Reference)
{
    /// <summary>True when somebody (or some set) can stand in.</summary>
    public bool Found => MemberId is not null || Eligible.Count > 0;
}
