namespace Justice.Domain.Identity.Matching;

/// <summary>Deterministic 64-bit FNV-1a keys for blocking (string hash codes are randomised per process, so not used).</summary>
internal static class BlockingKey
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(int rule, params ReadOnlySpan<string?> parts)
    {
        var hash = unchecked((Offset ^ (ulong)rule) * Prime);
        foreach (var part in parts)
        {
            foreach (var c in part ?? string.Empty)
            {
                hash = unchecked((hash ^ c) * Prime);
            }

            hash = unchecked((hash ^ 0x1F) * Prime);
        }

        // The rule number sits in the top 4 bits, so pairs can be traced back to their rule.
        return (hash & 0x0FFF_FFFF_FFFF_FFFFUL) | ((ulong)(rule & 0xF) << 60);
    }

    public static int Rule(ulong key) => (int)(key >> 60);

    /// <summary>Whether <paramref name="profile"/> has the rule of <paramref name="key"/>.</summary>
    public static bool IsRuleOf(ulong key, MatchProfile profile) => Rule(key) >= 1 && Rule(key) <= profile.BlockingRules.Count;

    /// <summary>The 0-based rule of a key of record <paramref name="record"/>; throws when <paramref name="profile"/> has no such rule.</summary>
    public static int RuleIndex(ulong key, MatchProfile profile, int record, string parameter)
    {
        var rule = Rule(key) - 1;
        if (!IsRuleOf(key, profile))
        {
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{parameter}: record {record} has a blocking key of rule {rule + 1}, but profile '{profile.Name}' has {profile.BlockingRules.Count} rules."), parameter);
        }

        return rule;
    }
}
