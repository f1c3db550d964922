using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Scoring;

namespace Justice.Samples.IdentityScale;

/// <summary>What a bulk deduplication reads, writes and how it clusters.</summary>
/// <param name="Input">The persons CSV.</param>
/// <param name="Output">The <c>id,cluster_id</c> CSV to write.</param>
/// <param name="ModelPath">A trained model JSON, or null to train on a sample.</param>
/// <param name="SaveModelPath">Where to write the model used, or null.</param>
/// <param name="ReviewPath">Where to write the review-band pairs, or null.</param>
/// <param name="Clustering">The clustering method.</param>
/// <param name="MaxBlockSize">The largest block compared.</param>
/// <param name="TrainSample">Records drawn to train the model when none is given.</param>
/// <param name="Threads">Threads at most (−1 for all cores).</param>
/// <param name="ConfirmProbability">Weak-link splitting: the probability from which one link alone may join two groups.</param>
/// <param name="Format">The input's encoding and delimiter (default: UTF-8, delimiter detected).</param>
/// <param name="NameEditRules">Whether the blocking rules include the four edit rules (<c>name-edit-*</c>, <c>surname-edit-*</c>) (<c>--no-name-edit-rules</c> leaves them out).</param>
internal sealed record BulkDeduplicationSettings(string Input, string Output, string? ModelPath, string? SaveModelPath, string? ReviewPath, ClusteringMethod Clustering, int MaxBlockSize, int TrainSample, int Threads, double ConfirmProbability = 0.999, Justice.Domain.Identity.Synthetic.InputFormat? Format = null, bool NameEditRules = true)
{
    /// <summary>The default largest block compared (<c>--max-block</c>).</summary>
    public const int DefaultMaxBlockSize = 1000;

    /// <summary>The default number of records drawn to train the model (<c>--train-sample</c>).</summary>
    public const int DefaultTrainSample = 30_000;

    /// <summary>The default clustering (<c>--clustering</c>).</summary>
    public const ClusteringMethod DefaultClustering = ClusteringMethod.BestLink;

    /// <summary>The settings of <c>identity dedupe</c> with every option left at its default.</summary>
    /// <param name="input">The persons CSV.</param>
    /// <param name="format">Its encoding and delimiter.</param>
    /// <returns>The settings (no output is written through them).</returns>
    public static BulkDeduplicationSettings Defaults(string input, Justice.Domain.Identity.Synthetic.InputFormat? format = null) =>
        new(input, string.Empty, null, null, null, DefaultClustering, DefaultMaxBlockSize, DefaultTrainSample, -1, Format: format);
}
