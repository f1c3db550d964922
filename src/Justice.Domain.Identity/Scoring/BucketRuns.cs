namespace Justice.Domain.Identity.Scoring;

/// <summary>
/// The runs of equal keys in one bucket of the sorted keys (<see cref="KeyBuckets"/>): counted first (blocks, their
/// pairs, the runs over the cap), then the blocks located in the sorted records.
/// </summary>
internal readonly record struct BucketRuns(int Blocks, long Pairs, long CappedRecords, long CappedPairs, int Largest, List<ulong>? CappedKeys)
{
    /// <summary>
    /// Counts a bucket's runs, and sorts the records of each run of two or more by index (the canonical order; in a
    /// linkage, the first source's come first).
    /// </summary>
    /// <param name="keys">The sorted keys.</param>
    /// <param name="records">Their records; each run's are sorted in place.</param>
    /// <param name="start">The bucket's first key.</param>
    /// <param name="end">The key after its last.</param>
    /// <param name="cap">The rule's cap: a longer run is not a block.</param>
    /// <param name="linkBoundary">The link boundary (0 for a deduplication).</param>
    /// <returns>The counts, and the keys of the runs over the cap (null when none).</returns>
    public static BucketRuns Count(ulong[] keys, int[] records, int start, int end, int cap, int linkBoundary)
    {
        int blocks = 0, largest = 0;
        long pairs = 0, cappedRecords = 0, cappedPairs = 0;
        List<ulong>? capped = null;
        for (var run = start; run < end;)
        {
            var runEnd = RunEnd(keys, run, end);
            var length = runEnd - run;
            largest = Math.Max(largest, length);
            if (length >= 2)
            {
                SortMembers(records, run, length);
                var runPairs = PairsOf(records, run, length, linkBoundary);
                if (length > cap)
                {
                    (capped ??= []).Add(keys[run]);
                    cappedRecords += length;
                    cappedPairs += runPairs;
                }
                else if (runPairs > 0)
                {
                    blocks++;
                    pairs += runPairs;
                }
            }

            run = runEnd;
        }

        return new BucketRuns(blocks, pairs, cappedRecords, cappedPairs, largest, capped);
    }

    /// <summary>Writes where each of a bucket's blocks (its runs counted by <see cref="Count"/> as blocks) starts in the sorted records, and its length.</summary>
    /// <param name="keys">The sorted keys.</param>
    /// <param name="records">Their records, each run's sorted by <see cref="Count"/>.</param>
    /// <param name="start">The bucket's first key.</param>
    /// <param name="end">The key after its last.</param>
    /// <param name="cap">The rule's cap.</param>
    /// <param name="linkBoundary">The link boundary (0 for a deduplication).</param>
    /// <param name="runStarts">Each block's first record in <paramref name="records"/>, written from <paramref name="blockAt"/>.</param>
    /// <param name="runLengths">Each block's number of records, written from <paramref name="blockAt"/>.</param>
    /// <param name="blockAt">The bucket's first block.</param>
    public static void Locate(ulong[] keys, int[] records, int start, int end, int cap, int linkBoundary, int[] runStarts, int[] runLengths, int blockAt)
    {
        for (var run = start; run < end;)
        {
            var runEnd = RunEnd(keys, run, end);
            var length = runEnd - run;
            if (length >= 2 && length <= cap && PairsOf(records, run, length, linkBoundary) > 0)
            {
                runStarts[blockAt] = run;
                runLengths[blockAt++] = length;
            }

            run = runEnd;
        }
    }

    /// <summary>The members of the first source of a linkage run (sorted: they come first); 0 in a deduplication.</summary>
    /// <param name="records">The sorted records.</param>
    /// <param name="start">The run's first record.</param>
    /// <param name="length">The run's length.</param>
    /// <param name="linkBoundary">The link boundary (0 for a deduplication).</param>
    /// <returns>The run's records below the boundary.</returns>
    public static int LeftOf(int[] records, int start, int length, int linkBoundary)
    {
        var left = 0;
        while (linkBoundary > 0 && left < length && records[start + left] < linkBoundary)
        {
            left++;
        }

        return left;
    }

    /// <summary>The end of the run of equal keys that starts at <paramref name="start"/>.</summary>
    private static int RunEnd(ulong[] keys, int start, int end)
    {
        var at = start + 1;
        while (at < end && keys[at] == keys[start])
        {
            at++;
        }

        return at;
    }

    private static void SortMembers(int[] records, int start, int length)
    {
        if (length == 2)
        {
            if (records[start] > records[start + 1])
            {
                (records[start], records[start + 1]) = (records[start + 1], records[start]);
            }
        }
        else
        {
            Array.Sort(records, start, length);
        }
    }

    private static long PairsOf(int[] records, int start, int length, int linkBoundary) =>
        CandidateBlock.PairsOf(length, LeftOf(records, start, length, linkBoundary), linkBoundary);
}
