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

        // The rule number (1 to 7) in the top 3 bits lets bulk blocking group keys by rule (Scale/BulkLinkage).
        return (hash & 0x1FFF_FFFF_FFFF_FFFFUL) | ((ulong)rule << 61);
    }
}
