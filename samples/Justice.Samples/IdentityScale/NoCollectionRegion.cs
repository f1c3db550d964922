using System.Runtime;

namespace Justice.Samples.IdentityScale;

/// <summary>
/// A stretch of a batch run without garbage collections (<see cref="GC.TryStartNoGCRegion(long)"/>), for a run whose
/// allocations mostly stay alive to its end: reading a million records keeps most of what it allocates, and each
/// collection copied the records read so far once more (about 2.5 s of pauses per run). Starting the region makes one
/// full collection; the region ends with a collection of its own when the run allocates more than its budget, so a
/// budget too small only gives back the usual collections.
/// </summary>
/// <remarks>
/// The runtime has one region per process, and touching it from a second run is not harmless: a second
/// <see cref="GC.TryStartNoGCRegion(long)"/> fails and ends the region in progress, and so does setting
/// <see cref="GCSettings.LatencyMode"/>. So one region at most is started through this class at a time in a process
/// (several runs at once, as in tests): the others run with the usual collections, and must not change the latency
/// mode while <see cref="InProgress"/> is true.
/// </remarks>
internal sealed class NoCollectionRegion : IDisposable
{
    private static int inProgress;
    private bool started;

    private NoCollectionRegion(bool started) => this.started = started;

    /// <summary>Gets a value indicating whether a region started through this class has not been disposed yet.</summary>
    public static bool InProgress => Volatile.Read(ref inProgress) != 0;

    /// <summary>Gets a value indicating whether this region started.</summary>
    public bool Started => started;

    /// <summary>Gets a value indicating whether this region holds collections back now (started and not yet ended by its budget).</summary>
    public bool Active => started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion;

    /// <summary>Starts a region of at most <paramref name="bytes"/> allocated (none when 0 or less, or when another is in progress).</summary>
    /// <param name="bytes">The budget.</param>
    /// <returns>The region, to dispose at the end of the run.</returns>
    public static NoCollectionRegion Start(long bytes)
    {
        if (bytes <= 0 || Interlocked.CompareExchange(ref inProgress, 1, 0) != 0)
        {
            return new(false);
        }

        var started = false;
        try
        {
            started = GC.TryStartNoGCRegion(bytes);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Larger than the runtime allows.
        }
        catch (InvalidOperationException)
        {
            // A region started by other code.
        }

        if (!started)
        {
            Volatile.Write(ref inProgress, 0);
        }

        return new(started);
    }

    /// <summary>Ends the region if it is still in progress.</summary>
    public void Dispose()
    {
        if (!started)
        {
            return;
        }

        started = false;
        try
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
        catch (InvalidOperationException)
        {
            // Ended meanwhile by a collection.
        }
        finally
        {
            Volatile.Write(ref inProgress, 0);
        }
    }
}
