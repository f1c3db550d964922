using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Preparation;
namespace Justice.Domain.Identity.Comparison;

/// <summary>
/// <i>Profil d'appariement</i>: the fields a kind of record is compared on and the blocking rules that choose
/// which pairs are compared. The engine is generic over profiles: the French civil-status profile
/// (<see cref="CivilStatusProfile"/>) sits beside the FEBRL benchmark profile (<see cref="FebrlProfile"/>).
/// </summary>
public sealed class MatchProfile
{
    internal MatchProfile(string name, IReadOnlyList<FieldComparison> comparisons, IReadOnlyList<BlockingRule> blockingRules)
    {
        if (blockingRules.Count is 0 or > BlockingKey.MaxRules)
        {
            throw new ArgumentOutOfRangeException(nameof(blockingRules), blockingRules.Count, FormattableString.Invariant($"a profile has 1 to {BlockingKey.MaxRules} blocking rules"));
        }

        foreach (var rule in blockingRules)
        {
            foreach (var field in rule.Fields)
            {
                if (!comparisons.Any(c => c.Name == field))
                {
                    throw new ArgumentException(FormattableString.Invariant($"blocking rule '{rule.Name}' reads '{field}', which the profile does not compare"), nameof(blockingRules));
                }
            }
        }

        Name = name;
        Comparisons = comparisons;
        BlockingRules = blockingRules;
    }

    /// <summary>The profile name (recorded in the model JSON).</summary>
    public string Name { get; }

    /// <summary>The compared fields, in model order.</summary>
    public IReadOnlyList<FieldComparison> Comparisons { get; }

    /// <summary>
    /// The blocking rules, in order: a pair that several rules find is compared once and credited to the first of them.
    /// </summary>
    public IReadOnlyList<BlockingRule> BlockingRules { get; }

    /// <summary>
    /// Writes a record's keys under every rule, each key once, in ascending order (so by rule, the rule's number being
    /// the key's top bits); returns how many. The span must hold <see cref="KeyCapacity"/> keys.
    /// </summary>
    internal int WriteKeys(in BlockingFields record, Span<ulong> keys)
    {
        var sink = new KeySink(keys);
        for (var r = 0; r < BlockingRules.Count; r++)
        {
            BlockingRules[r].Keys(record, r + 1, ref sink);
        }

        return sink.Distinct();
    }

    /// <summary>An upper bound on the keys a record writes, repeats included: the sum of the rules' bounds.</summary>
    internal int KeyCapacity(in BlockingFields record)
    {
        var capacity = 0;
        foreach (var rule in BlockingRules)
        {
            capacity += rule.Bound(record);
        }

        return capacity;
    }
}
