using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Scoring;
namespace Justice.Domain.Identity.Records;

/// <summary>
/// Work over consecutive indexes on all cores, in chunks of a fixed size (each chunk a work item of the thread pool),
/// and the lowest index a chunk reports, for errors that must name the first bad item as a sequential scan would.
/// </summary>
internal static class RecordChunks
{
    /// <summary>The number of chunks of <paramref name="chunkSize"/> that cover <paramref name="count"/> indexes.</summary>
    public static int Count(int count, int chunkSize) => (int)(((long)count + chunkSize - 1) / chunkSize);

    /// <summary>Calls <paramref name="body"/> with each chunk's number and its indexes [start, end), on all cores.</summary>
    /// <param name="count">The number of indexes.</param>
    /// <param name="chunkSize">The indexes per chunk (1 or more).</param>
    /// <param name="body">Receives the chunk, its first index and the index after its last.</param>
    public static void For(int count, int chunkSize, Action<int, int, int> body) =>
        Parallel.For(0, Count(count, chunkSize), chunk =>
            body(chunk, chunk * chunkSize, (int)Math.Min(count, (chunk + 1L) * chunkSize)));

    /// <summary>Lowers <paramref name="target"/> to <paramref name="value"/> if smaller, atomically.</summary>
    public static void LowerTo(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value < seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}
