namespace Justice.Samples.IdentityScale;

/// <summary>The counts and time of a bulk linkage (no personal data).</summary>
/// <param name="Left">Valid records of the left file.</param>
/// <param name="LeftRejected">Rows of the left file rejected.</param>
/// <param name="Right">Valid records of the right file.</param>
/// <param name="RightRejected">Rows of the right file rejected.</param>
/// <param name="FirstErrors">The first rejections of both files (line, id, field, rule).</param>
/// <param name="PairsCompared">Pairs across the files scored.</param>
/// <param name="MatchPairs">Pairs in the match band.</param>
/// <param name="ReviewPairs">Pairs in the review band.</param>
/// <param name="Seconds">The whole run.</param>
internal sealed record BulkLinkSummary(int Left, int LeftRejected, int Right, int RightRejected, IReadOnlyList<string> FirstErrors, long PairsCompared, long MatchPairs, long ReviewPairs, double Seconds);
