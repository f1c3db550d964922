using System.Diagnostics;
using System.Globalization;
using Justice.Domain.Identity.Linkage;

namespace Justice.Samples.IdentityScale;

/// <summary>
/// Shows the stages a <see cref="BulkRun"/> reports on a <see cref="ScaleProgress"/>, and times them: the library reads
/// no clock, so the seconds of each stage are measured here, between the reports that start and end it. Also lets the
/// caller act when a stage starts (the CLI's garbage-collection latency after the read).
/// </summary>
internal sealed class BulkProgressDisplay : IProgress<BulkProgress>
{
    private readonly ScaleProgress display;
    private readonly Action<BulkStage>? started;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Dictionary<BulkStage, (TimeSpan Start, TimeSpan End)> times = [];

    /// <summary>Creates the display.</summary>
    /// <param name="display">The progress display.</param>
    /// <param name="started">Called on the run's thread when a stage starts; may be null.</param>
    public BulkProgressDisplay(ScaleProgress display, Action<BulkStage>? started = null)
    {
        this.display = display;
        this.started = started;
    }

    /// <summary>The number of read stages finished (one per input).</summary>
    public int InputsRead { get; private set; }

    /// <summary>The seconds from the start of the run to the end of the last read stage.</summary>
    public double ReadSeconds => times.TryGetValue(BulkStage.Read, out var read) ? read.End.TotalSeconds : 0;

    /// <summary>The seconds from the start of the comparison to the end of the clustering.</summary>
    public double ScoreSeconds => times.TryGetValue(BulkStage.Compare, out var compare) && times.TryGetValue(BulkStage.Cluster, out var cluster) ? (cluster.End - compare.Start).TotalSeconds : 0;

    /// <inheritdoc/>
    public void Report(BulkProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Finished && value.Done == 0)
        {
            lock (times)
            {
                times[value.Stage] = (value.Stage == BulkStage.Read && times.TryGetValue(BulkStage.Read, out var read) ? read.Start : clock.Elapsed, default);
            }

            started?.Invoke(value.Stage);
            display.Start(Name(value.Stage), value.Total);
            return;
        }

        if (!value.Finished)
        {
            display.Report(value.Done);
            return;
        }

        lock (times)
        {
            times[value.Stage] = (times[value.Stage].Start, clock.Elapsed);
        }

        if (value.Stage == BulkStage.Read)
        {
            InputsRead++;
        }

        display.Done(string.Create(CultureInfo.InvariantCulture, $"{value.Done:N0} {Unit(value.Stage)}"));
    }

    private static string Name(BulkStage stage) => stage switch
    {
        BulkStage.Read => "read and index",
        BulkStage.Train => "model",
        BulkStage.Block => "block",
        BulkStage.Compare => "compare pairs",
        _ => "cluster",
    };

    private static string Unit(BulkStage stage) => stage switch
    {
        BulkStage.Read => "rows",
        BulkStage.Block => "pairs",
        BulkStage.Compare => "pairs compared",
        BulkStage.Cluster => "records clustered",
        _ => "done",
    };
}
