using System.Runtime;

namespace Justice.Samples.IdentityScale;

/// <summary>
/// A stretch of a batch run without garbage collections (<see cref="GC.TryStartNoGCRegion(long)"/>), for stages whose
/// allocations mostly stay alive: reading a million records keeps about half of what it allocates, and each
/// collection during the read copied the records read so far once more (1.2-1.5 s of pauses per run). Starting the
/// region makes one full collection; the region ends with a collection of its own when the stage allocates more than
/// its budget, so a budget too small only gives back the usual collections. A region cannot be started while
/// another is in progress in the process (two runs at once, as in tests): the stage then runs with the usual
/// collections.
/// </summary>
internal sealed class NoCollectionRegion : IDisposable
{
    private readonly bool started;

    private NoCollectionRegion(bool started) => this.started = started;

    /// <summary>Gets a value indicating whether the region started.</summary>
    public bool Started => started;

    /// <summary>Starts a region of at most <paramref name="bytes"/> allocated (none when 0 or less).</summary>
    /// <param name="bytes">The budget.</param>
    /// <returns>The region, to dispose at the end of the stage.</returns>
    public static NoCollectionRegion Start(long bytes)
    {
        if (bytes <= 0)
        {
            return new(false);
        }

        try
        {
            return new(GC.TryStartNoGCRegion(bytes));
        }
        catch (ArgumentOutOfRangeException)
        {
            // Larger than the runtime allows.
            return new(false);
        }
        catch (InvalidOperationException)
        {
            // Another region is in progress.
            return new(false);
        }
    }

    /// <summary>Ends the region if it is still in progress.</summary>
    public void Dispose()
    {
        if (!started || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // Ended meanwhile by a collection.
        }
    }
}
