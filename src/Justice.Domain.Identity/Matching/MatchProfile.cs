namespace Justice.Domain.Identity.Matching;

/// <summary>
/// <i>Profil d'appariement</i>: the fields a kind of record is compared on and the blocking rules that choose
/// which pairs are compared. The engine is generic over profiles: the French civil-status profile
/// (<see cref="CivilStatusProfile"/>) sits beside the FEBRL benchmark profile (<see cref="FebrlProfile"/>).
/// </summary>
public sealed class MatchProfile
{
    internal MatchProfile(string name, IReadOnlyList<FieldComparison> comparisons, IReadOnlyList<BlockingRule> blockingRules)
    {
        Name = name;
        Comparisons = comparisons;
        BlockingRules = blockingRules;
    }

    /// <summary>The profile name (recorded in the model JSON).</summary>
    public string Name { get; }

    /// <summary>The compared fields, in model order.</summary>
    public IReadOnlyList<FieldComparison> Comparisons { get; }

    /// <summary>The blocking rules, numbered from 1 in this order (pairs sharing a key of any rule are compared once).</summary>
    public IReadOnlyList<BlockingRule> BlockingRules { get; }
}
