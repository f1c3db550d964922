namespace Justice.Samples.IdentityScale;

/// <summary>What a bulk linkage of two persons files reads and writes.</summary>
/// <param name="Left">The left persons CSV.</param>
/// <param name="Right">The right persons CSV.</param>
/// <param name="Output">The links CSV to write (<c>left_id,right_id,weight,probability,band</c>).</param>
/// <param name="ModelPath">A trained model JSON, or null to train on a sample of both files.</param>
/// <param name="MaxBlockSize">The largest block compared.</param>
/// <param name="TrainSample">Records drawn to train the model when none is given.</param>
/// <param name="Threads">Threads at most (−1 for all cores).</param>
/// <param name="Format">The inputs' encoding and delimiter (default: UTF-8, delimiter detected).</param>
internal sealed record BulkLinkSettings(string Left, string Right, string Output, string? ModelPath, int MaxBlockSize, int TrainSample, int Threads, Justice.Domain.Identity.Synthetic.InputFormat? Format = null);
