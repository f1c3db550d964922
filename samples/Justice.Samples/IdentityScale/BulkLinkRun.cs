using System.Diagnostics;
using System.Globalization;
using System.Text;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Samples.IdentityScale;

/// <summary>
/// <c>identity link</c>, a shell over <see cref="BulkRun.Link(TextReader, TextReader, BulkRunOptions, IProgress{BulkProgress}, CancellationToken)"/>:
/// opens both persons files, links them in one call of the package (reading and preparing both as <c>dedupe</c> does,
/// training on a block sample of both or the model loaded, blocking across the files, scoring in parallel), and writes
/// the match- and review-band pairs, ordered by left then right record, through <see cref="Cli.OutputFiles"/> (checked
/// before the work, renamed over the output at the end).
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
        var options = new BulkRunOptions
        {
            Profile = profile,
            Model = settings.ModelPath is null ? null : BulkDeduplicationRun.LoadModel(settings.ModelPath),
            TrainSample = settings.TrainSample,
            Matching = new BulkOptions(ClusteringMethod.ConnectedComponents, settings.MaxBlockSize, settings.Threads),
            Delimiter = settings.Format?.Delimiter,
            AsOf = BulkDeduplicationRun.Today(),
            InputName = Path.GetFileName(settings.Left),
            RightInputName = Path.GetFileName(settings.Right),
        };
        var display = new BulkProgressDisplay(progress);
        var run = Link(settings, options, display, cancellationToken);
        BulkDeduplicationRun.Note(progress, settings.Left, run.Inputs[0]);
        BulkDeduplicationRun.Note(progress, settings.Right, run.Inputs[1]);
        BulkDeduplicationRun.RequireRecords(settings.Left, run.Inputs[0]);
        BulkDeduplicationRun.RequireRecords(settings.Right, run.Inputs[1]);

        var records = run.Records;
        var result = run.Matching;
        var matcher = IdentityMatcher.Create(profile.Profile, run.Model);
        progress.Start("write", 0);
        var links = result.MatchEdges.Concat(result.ReviewPairs).OrderBy(e => e.Left).ThenBy(e => e.Right);
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
            run.Inputs[0].Records,
            run.Inputs[0].Rejected,
            run.Inputs[1].Records,
            run.Inputs[1].Rejected,
            run.Inputs[0].Errors.Concat(run.Inputs[1].Errors).Take(50).Select(e => e.ToString()).ToArray(),
            result.PairsCompared,
            result.MatchPairs,
            result.ReviewPairs.Count,
            Math.Round(watch.Elapsed.TotalSeconds, 2));
    }

    /// <summary>
    /// Opens both files and links them; a byte sequence the encoding cannot decode is an error naming the file being
    /// read (the package reads the left file to its end, then the right one).
    /// </summary>
    private static BulkRunResult Link(BulkLinkSettings settings, BulkRunOptions options, BulkProgressDisplay display, CancellationToken cancellationToken)
    {
        var encoding = (settings.Format ?? InputFormat.Default).Encoding;
        try
        {
            using var left = new StreamReader(settings.Left, encoding, detectEncodingFromByteOrderMarks: true, 1 << 16);
            using var right = new StreamReader(settings.Right, encoding, detectEncodingFromByteOrderMarks: true, 1 << 16);
            return BulkRun.Link(left, right, options, display, cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            throw TextInput.Undecodable(display.InputsRead == 0 ? settings.Left : settings.Right, encoding);
        }
    }
}
