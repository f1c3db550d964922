using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
namespace Justice.Domain.Identity.Blocking;

/// <summary>
/// Deterministic 64-bit FNV-1a keys for blocking (string hash codes are randomised per process, so not used). A key
/// carries the 1-based number of its rule (its position in the profile) in the top 4 bits, so that a pair can be traced
/// back to the rule that formed it.
/// </summary>
internal static class BlockingKey
{
    /// <summary>The most rules a profile may have (the rule number takes 4 bits, 0 unused).</summary>
    public const int MaxRules = 15;

    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The key of rule <paramref name="rule"/> made of <paramref name="parts"/> (a null part hashes as empty).</summary>
    public static ulong Of(int rule, params ReadOnlySpan<string?> parts)
    {
        var key = new Builder(rule);
        foreach (var part in parts)
        {
            key.Add(part);
        }

        return key.Value;
    }

    public static int Rule(ulong key) => (int)(key >> 60);

    /// <summary>Whether a profile of <paramref name="rules"/> blocking rules has the rule of <paramref name="key"/>.</summary>
    public static bool IsRuleOf(ulong key, int rules) => Rule(key) >= 1 && Rule(key) <= rules;

    /// <summary>The 0-based rule of a key of record <paramref name="record"/>; throws when profile <paramref name="profile"/> (of <paramref name="rules"/> rules) has no such rule.</summary>
    public static int RuleIndex(ulong key, string profile, int rules, int record, string parameter)
    {
        var rule = Rule(key) - 1;
        if (!IsRuleOf(key, rules))
        {
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{parameter}: record {record} has a blocking key of rule {rule + 1}, but profile '{profile}' has {rules} rules."), parameter);
        }

        return rule;
    }

    /// <summary>The hash of a text with its character at <paramref name="skipped"/> left out (-1: none), a part for <see cref="Builder.AddUnordered(ulong, ulong)"/>.</summary>
    public static ulong HashOf(string part, int skipped)
    {
        var hash = Offset;
        for (var i = 0; i < part.Length; i++)
        {
            if (i != skipped)
            {
                hash = unchecked((hash ^ part[i]) * Prime);
            }
        }

        return hash;
    }

    /// <summary>Builds one key from its parts, in order: texts and numbers, each followed by a separator.</summary>
    public struct Builder(int rule)
    {
        private ulong hash = unchecked((Offset ^ (ulong)rule) * Prime);

        /// <summary>The key: the hash with the rule number in the top 4 bits.</summary>
        public readonly ulong Value => (hash & 0x0FFF_FFFF_FFFF_FFFFUL) | ((ulong)(rule & 0xF) << 60);

        /// <summary>Adds a text part (null as empty).</summary>
        public Builder Add(string? part)
        {
            foreach (var c in part ?? string.Empty)
            {
                hash = unchecked((hash ^ c) * Prime);
            }

            hash = unchecked((hash ^ 0x1F) * Prime);
            return this;
        }

        /// <summary>
        /// Adds two parts given by their hashes (<see cref="HashOf"/>) in ascending order, so that (a, b) and (b, a) give
        /// the same key: two names compared whichever way round they were written.
        /// </summary>
        public Builder AddUnordered(ulong first, ulong second)
        {
            var (low, high) = first <= second ? (first, second) : (second, first);
            hash = unchecked((hash ^ low) * Prime);
            hash = unchecked((hash ^ high) * Prime);
            hash = unchecked((hash ^ 0x1D) * Prime);
            return this;
        }

        /// <summary>Adds a part given by its hash (<see cref="HashOf"/>): a text with one character left out.</summary>
        public Builder AddHash(ulong part)
        {
            hash = unchecked((hash ^ part) * Prime);
            hash = unchecked((hash ^ 0x1C) * Prime);
            return this;
        }

        /// <summary>Adds a number part.</summary>
        public Builder Add(int part)
        {
            hash = unchecked((hash ^ (uint)part) * Prime);
            hash = unchecked((hash ^ 0x1E) * Prime);
            return this;
        }

        /// <summary>Adds two text parts in ordinal order, so that (a, b) and (b, a) give the same key.</summary>
        public Builder AddUnordered(string first, string second) =>
            string.CompareOrdinal(first, second) <= 0 ? Add(first).Add(second) : Add(second).Add(first);
    }
}
