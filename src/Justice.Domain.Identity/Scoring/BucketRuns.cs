namespace Justice.Domain.Identity.Scoring;

/// <summary>
/// The runs of equal keys in one bucket of the sorted keys (<see cref="KeyBuckets"/>): counted first (blocks, their
/// members and pairs, the runs over the cap), then written as <see cref="CandidateBlock"/>s.
/// </summary>
internal readonly record struct BucketRuns(int Blocks, int Members, long Pairs, long CappedRecords, long CappedPairs, int Largest, List<ulong>? CappedKeys)
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
        int blocks = 0, members = 0, largest = 0;
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
                    members += length;
                    pairs += runPairs;
                }
            }

            run = runEnd;
        }

        return new BucketRuns(blocks, members, pairs, cappedRecords, cappedPairs, largest, capped);
    }

    /// <summary>Writes a bucket's blocks (its runs counted by <see cref="Count"/> as blocks) and their members.</summary>
    /// <param name="keys">The sorted keys.</param>
    /// <param name="records">Their records, each run's sorted by <see cref="Count"/>.</param>
    /// <param name="start">The bucket's first key.</param>
    /// <param name="end">The key after its last.</param>
    /// <param name="rule">The bucket's rule.</param>
    /// <param name="cap">The rule's cap.</param>
    /// <param name="linkBoundary">The link boundary (0 for a deduplication).</param>
    /// <param name="blocks">The blocks, written from <paramref name="blockAt"/>.</param>
    /// <param name="blockAt">The bucket's first block.</param>
    /// <param name="members">The members, written from <paramref name="memberAt"/>.</param>
    /// <param name="memberAt">The bucket's first member.</param>
    public static void Write(ulong[] keys, int[] records, int start, int end, byte rule, int cap, int linkBoundary, CandidateBlock[] blocks, int blockAt, int[] members, int memberAt)
    {
        for (var run = start; run < end;)
        {
            var runEnd = RunEnd(keys, run, end);
            var length = runEnd - run;
            if (length >= 2 && length <= cap)
            {
                var left = linkBoundary > 0 ? LeftOf(records, run, length, linkBoundary) : 0;
                if (CandidateBlock.PairsOf(length, left, linkBoundary) > 0)
                {
                    blocks[blockAt++] = new CandidateBlock(rule, keys[run], memberAt, length, left);
                    Array.Copy(records, run, members, memberAt, length);
                    memberAt += length;
                }
            }

            run = runEnd;
        }
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
        CandidateBlock.PairsOf(length, linkBoundary > 0 ? LeftOf(records, start, length, linkBoundary) : 0, linkBoundary);

    /// <summary>The members of the first source of a linkage run (sorted: they come first).</summary>
    private static int LeftOf(int[] records, int start, int length, int linkBoundary)
    {
        var left = 0;
        while (left < length && records[start + left] < linkBoundary)
        {
            left++;
        }

        return left;
    }
}
