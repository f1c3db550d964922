namespace Justice.Domain.Usm.Elections;

/// <summary><i>Ordre de présentation de la liste CSM</i>: the candidates in list order, each round, and whether every post is filled.</summary>
/// <param name="Posts">The posts to fill.</param>
/// <param name="Order">The candidates placed, in order.</param>
/// <param name="Rounds">The rounds.</param>
public sealed record CsmListOutcome(int Posts, IReadOnlyList<string> Order, IReadOnlyList<CsmPlacementRound> Rounds)
{
    /// <summary>True when every post has a name ("jusqu'à épuisement des postes à pourvoir").</summary>
    public bool IsComplete => Order.Count == Posts;
}
