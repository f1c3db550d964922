using Justice.Domain.Core;

namespace Justice.Domain.Cav.Representativeness;

/// <summary><i>Résultat d'une organisation syndicale</i> in the 1° election: its valid votes and the CAV seats it won.</summary>
/// <param name="Union">The union.</param>
/// <param name="Votes">Its valid votes, 0 or more.</param>
/// <param name="Seats">The CAV seats it won, 0 or more.</param>
public sealed record UnionResult(string Union, long Votes, int Seats)
{
    /// <summary>The union.</summary>
    public string Union { get; init; } = Guard.NotBlank(Union);

    /// <summary>Its valid votes.</summary>
    public long Votes { get; init; } = Guard.NotNegative(Votes);

    /// <summary>The seats it won.</summary>
    public int Seats { get; init; } = Guard.NotNegative(Seats);
}
