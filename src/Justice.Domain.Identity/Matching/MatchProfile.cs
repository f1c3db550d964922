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
    /// Writes a record's keys under every rule, rule after rule, each key once; returns how many. The span must hold
    /// <see cref="KeyCapacity"/> keys.
    /// </summary>
    internal int WriteKeys(in BlockingFields record, Span<ulong> keys)
    {
        var sink = new KeySink(keys);
        for (var r = 0; r < BlockingRules.Count; r++)
        {
            BlockingRules[r].Keys(record, r + 1, ref sink);
        }

        return sink.Count;
    }

    /// <summary>
    /// An upper bound on the keys of a record: a rule writes at most one key per pair of a slot-0 phonetic code and a
    /// slot-1 token code (or per slot-0 code alone), or two per slot-1 token, or one, so a record of usual names needs
    /// about a hundred (built on the stack by the preparer).
    /// </summary>
    internal int KeyCapacity(in BlockingFields record) =>
        BlockingRules.Count * (2 + (record.First.Phonetic.Length * (1 + record.Second.TokenCodes.Length)) + (2 * Math.Min(NameForms.CodedTokens, record.Second.Tokens.Length)));
}
