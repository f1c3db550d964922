using System.Collections.Immutable;

namespace Justice.Domain.Cav.Election;

/// <summary><i>Examen des listes</i>: the admissibility of every list filed, with a summary count.</summary>
/// <param name="Lists">Each list, in the order filed.</param>
public sealed record ListCheckReport(ImmutableArray<ListAdmissibility> Lists)
{
    /// <summary>The admissible lists.</summary>
    public int Admissible => Lists.Count(l => l.IsAdmissible);

    /// <summary>The inadmissible lists.</summary>
    public int Inadmissible => Lists.Length - Admissible;
}
