using System.Diagnostics;
using System.Globalization;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;

namespace Justice.Samples.IdentityScale;

/// <summary>
/// Links two persons files on all cores with <see cref="BulkLinkage.Link"/>: streams and prepares both files as
/// <c>dedupe</c> does, trains the model on a block sample of both (or loads one), blocks across the files, scores
/// the pairs in parallel and writes the match- and review-band pairs, ordered by left then right record, through
/// <see cref="Cli.OutputFiles"/> (checked before the work, renamed over the output at the end).
/// </summary>
internal static class BulkLinkRun
{
    /// <summary>Runs the linkage.</summary>
    /// <param name="settings">Paths and options.</param>
    /// <param name="progress">The progress display.</param>
    /// <param name="cancellationToken">Cancels between batches and work units.</param>
    /// <returns>The summary.</returns>
    public static BulkLinkSummary Run(BulkLinkSettings settings, ScaleProgress progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var outputs = new Cli.OutputFiles(("--left", settings.Left), ("--right", settings.Right), ("--model", settings.ModelPath));
        outputs.Add(settings.Output, "--output");
        var profile = CivilStatusProfile.Default;
        var (left, leftErrors, leftRejected) = BulkDeduplicationRun.ReadAndPrepare(settings.Left, profile, progress, cancellationToken, format: settings.Format);
        BulkDeduplicationRun.RequireRecords(settings.Left, left.Count, leftErrors, leftRejected);
        var (right, rightErrors, rightRejected) = BulkDeduplicationRun.ReadAndPrepare(settings.Right, profile, progress, cancellationToken, format: settings.Format);
        BulkDeduplicationRun.RequireRecords(settings.Right, right.Count, rightErrors, rightRejected);
        var records = new List<PreparedRecord>(left.Count + right.Count);
        records.AddRange(left);
        records.AddRange(right);

        progress.Start("model", 0);
        var model = settings.ModelPath is not null
            ? BulkDeduplicationRun.LoadModel(settings.ModelPath)
            : records.Count < 2 ? MatchModel.Initial(profile.Profile) : BulkDeduplicationRun.Train(profile, records, settings.TrainSample);
        var matcher = IdentityMatcher.Create(profile.Profile, model);
        progress.Done(settings.ModelPath is null ? string.Create(CultureInfo.InvariantCulture, $"trained on a block sample of about {Math.Min(records.Count, settings.TrainSample):N0} records") : "loaded");
        cancellationToken.ThrowIfCancellationRequested();

        BulkResult? result = null;
        if (left.Count > 0 && right.Count > 0)
        {
            progress.Start("block", 0);
            var blocked = BulkLinkage.Block(profile.Profile, records, left.Count, settings.MaxBlockSize);
            progress.Done(string.Create(CultureInfo.InvariantCulture, $"{blocked.PairCount:N0} pairs across the files, {blocked.Report.CappedBlocks:N0} blocks over the cap of {settings.MaxBlockSize:N0}"));
            progress.Start("compare pairs", blocked.PairCount);
            result = BulkLinkage.Link(matcher, records, blocked, new BulkOptions(ClusteringMethod.ConnectedComponents, settings.MaxBlockSize, settings.Threads), progress, cancellationToken);
            progress.Done(string.Create(CultureInfo.InvariantCulture, $"{result.PairsCompared:N0} pairs, {result.MatchPairs:N0} matches, {result.ReviewPairs.Count:N0} to review"));
        }

        progress.Start("write", 0);
        IEnumerable<ScoredEdge> links = result is null ? [] : result.MatchEdges.Concat(result.ReviewPairs).OrderBy(e => e.Left).ThenBy(e => e.Right);
        outputs.Write(settings.Output, writer =>
        {
            writer.Write("left_id,right_id,weight,probability,band\n");
            foreach (var edge in links)
            {
                BulkDeduplicationRun.WriteField(writer, records[edge.Left].Id);
                writer.Write(',');
                BulkDeduplicationRun.WriteField(writer, records[edge.Right].Id);
                writer.Write(string.Create(CultureInfo.InvariantCulture, $",{edge.Weight:0.######},{IdentityMatcher.Probability(edge.Weight):0.######},{matcher.Band(edge.Weight)}\n"));
            }
        });
        outputs.Commit(cancellationToken);
        progress.Done(Path.GetFileName(settings.Output));
        return new BulkLinkSummary(
            left.Count,
            leftRejected,
            right.Count,
            rightRejected,
            leftErrors.Concat(rightErrors).Take(50).Select(e => e.ToString()).ToArray(),
            result?.PairsCompared ?? 0,
            result?.MatchPairs ?? 0,
            result?.ReviewPairs.Count ?? 0,
            Math.Round(watch.Elapsed.TotalSeconds, 2));
    }
}
