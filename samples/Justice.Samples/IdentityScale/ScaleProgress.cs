using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Justice.Samples.IdentityScale;

/// <summary>
/// Progress of a long identity run: a live Spectre.Console display on a terminal (records read and indexed,
/// pairs compared per second, ETA), one line per finished stage otherwise, nothing in quiet mode.
/// Thread-safe: scoring threads report concurrently.
/// </summary>
internal sealed class ScaleProgress : IProgress<long>
{
    private readonly TextWriter? lines;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private ProgressContext? live;
    private ProgressTask? task;
    private TimeSpan stagePause = GC.GetTotalPauseDuration();
    private int stageCollections = GC.CollectionCount(0);
    private int stageOlder = GC.CollectionCount(1);
    private int stageFull = GC.CollectionCount(2);
    private long stageAllocated = GC.GetTotalAllocatedBytes();
    private string stage = string.Empty;
    private long total;
    private long lastValue;
    private TimeSpan stageStart;

    private TextWriter? notes;

    private ScaleProgress(TextWriter? lines)
    {
        this.lines = lines;
    }

    /// <summary>Creates the progress display suited to the context and runs <paramref name="work"/> inside it.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="quiet">No progress at all.</param>
    /// <param name="liveConsole">A terminal console for the live display, or null.</param>
    /// <param name="lines">Where stage lines go without a terminal.</param>
    /// <param name="work">The work.</param>
    /// <returns>The work's result.</returns>
    public static T Run<T>(bool quiet, IAnsiConsole? liveConsole, TextWriter lines, Func<ScaleProgress, T> work)
    {
        if (quiet)
        {
            return work(new ScaleProgress(null) { notes = lines });
        }

        if (liveConsole is null)
        {
            return work(new ScaleProgress(lines) { notes = lines });
        }

        var progress = new ScaleProgress(null) { notes = lines };
        return liveConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                progress.live = ctx;
                return work(progress);
            });
    }

    /// <summary>Starts a stage of <paramref name="count"/> units (records or pairs).</summary>
    /// <param name="name">The stage, e.g. "read and index".</param>
    /// <param name="count">Units in the stage (0 when unknown).</param>
    public void Start(string name, long count)
    {
        lock (clock)
        {
            stage = name;
            total = count;
            lastValue = 0;
            stageStart = clock.Elapsed;
            if (live is not null)
            {
                task = live.AddTask(Markup.Escape(name), maxValue: Math.Max(1, count));
            }
        }
    }

    /// <summary>Writes a note about the input (an ignored column), even in quiet mode: it says what the run did not read.</summary>
    /// <param name="text">The note (no personal data).</param>
    public void Note(string text)
    {
        lock (clock)
        {
            notes?.WriteLine("note: " + text);
        }
    }

    /// <summary>Reports the running count of units done.</summary>
    /// <param name="done">Units done so far in the stage.</param>
    public void Report(long done)
    {
        lock (clock)
        {
            if (done <= lastValue)
            {
                return;
            }

            lastValue = done;
            if (task is not null)
            {
                var seconds = Math.Max(1e-3, (clock.Elapsed - stageStart).TotalSeconds);
                task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{stage}: {done:N0} ({done / seconds:N0}/s)"));
                task.MaxValue = Math.Max(total, done);
                task.Value = done;
            }
        }
    }

    /// <summary>Ends the current stage with a short summary.</summary>
    /// <param name="summary">What the stage did (counts only, no personal data).</param>
    public void Done(string summary)
    {
        lock (clock)
        {
            var seconds = (clock.Elapsed - stageStart).TotalSeconds;
            if (task is not null)
            {
                task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{stage}: {summary} ({seconds:F1} s)"));
                task.MaxValue = Math.Max(1, Math.Max(total, lastValue));
                task.Value = task.MaxValue;
                task.StopTask();
                task = null;
            }

            var pause = GC.GetTotalPauseDuration();
            var collections = GC.CollectionCount(0);
            var older = GC.CollectionCount(1);
            var full = GC.CollectionCount(2);
            var allocated = GC.GetTotalAllocatedBytes();
            lines?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage}: {summary} ({seconds:F1} s; {(allocated - stageAllocated) >> 20:N0} MB allocated; garbage collections: {collections - stageCollections:N0}, of which {older - stageOlder:N0} of generation 1 or 2 and {full - stageFull:N0} full, {(pause - stagePause).TotalSeconds:F1} s paused)"));
            stageAllocated = allocated;
            stagePause = pause;
            stageCollections = collections;
            stageOlder = older;
            stageFull = full;
        }
    }
}
