namespace Justice.Samples.IdentityScale;

/// <summary>What an index measurement reads and how it queries.</summary>
/// <param name="Input">The persons CSV.</param>
/// <param name="Queries">Records held out of the index and used as queries.</param>
/// <param name="Seed">Seed of the held-out sample.</param>
/// <param name="Top">Candidates asked of each query.</param>
/// <param name="MaxBlockSize">The index's block cap.</param>
/// <param name="ModelPath">A trained model JSON, or null for the profile's starting model.</param>
/// <param name="Passes">Timed passes over the queries.</param>
/// <param name="Threads">Threads of the throughput run (−1 for all cores).</param>
/// <param name="Format">The input's encoding and delimiter (default: UTF-8, delimiter detected).</param>
/// <param name="NameEditRules">Whether the blocking rules include the four edit rules (<c>name-edit-*</c>, <c>surname-edit-*</c>) (<c>--no-name-edit-rules</c> leaves them out).</param>
internal sealed record IndexStatsSettings(string Input, int Queries, int Seed, int Top, int MaxBlockSize, string? ModelPath, int Passes, int Threads, Justice.Domain.Identity.Synthetic.InputFormat? Format = null, bool NameEditRules = true);
