using System.Buffers;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Linkage;

/// <summary>
/// The ranking behind every <c>Find</c>: the in-memory index and the person referential (whatever its store) give
/// their candidates to this one routine, so the same candidates, model and term frequencies give the same ranked list.
/// </summary>
internal static class CandidateRanking
{
    /// <summary>
    /// The best <paramref name="top"/> of <paramref name="candidates"/> for <paramref name="query"/>, best first, each
    /// with its explanation: ranked by match weight, then by position in <paramref name="records"/> (earlier first).
    /// The query itself (the same instance) is never returned.
    /// </summary>
    /// <param name="matcher">The matcher, with the term frequencies of the records searched.</param>
    /// <param name="query">The prepared query.</param>
    /// <param name="candidates">
    /// Distinct positions in <paramref name="records"/>, ascending; a position stored as its complement (negative) is
    /// a candidate found under several of the query's keys, scored first so that the heap's floor rises early (the
    /// order does not change the result).
    /// </param>
    /// <param name="records">The records the positions point into.</param>
    /// <param name="top">How many candidates at most (1 or more).</param>
    /// <returns>The ranked candidates.</returns>
    public static MatchCandidate[] Rank(IdentityMatcher matcher, PreparedRecord query, ReadOnlySpan<int> candidates, IReadOnlyList<PreparedRecord> records, int top)
    {
        var kept = ArrayPool<Ranked>.Shared.Rent(Math.Max(1, Math.Min(top, candidates.Length)));
        try
        {
            var fields = matcher.Profile.Comparisons.Count;
            Span<double> adjustments = fields <= 32 ? stackalloc double[fields] : new double[fields];
            Span<double> ceilings = fields <= 32 ? stackalloc double[fields] : new double[fields];
            Span<int> levels = fields <= 32 ? stackalloc int[fields] : new int[fields];
            var ceiling = matcher.Ceilings(query, adjustments, ceilings);
            var size = 0;

            // Candidates sharing several keys with the query first (most true matches are among them), then the
            // others. The heap's order is total, and a candidate is skipped only when its weight is certainly below
            // the floor (a tie is not), so the order does not change the result.
            for (var pass = 0; pass < 2; pass++)
            {
                foreach (var value in candidates)
                {
                    if ((value < 0) != (pass == 0))
                    {
                        continue;
                    }

                    var i = value < 0 ? ~value : value;
                    var record = records[i];
                    if (ReferenceEquals(record, query))
                    {
                        continue;
                    }

                    // Once the heap is full, a candidate must beat its worst entry; one that cannot is skipped before
                    // its names are compared.
                    var floor = size < top ? double.NegativeInfinity : kept[0].Weight;
                    if (!matcher.TryWeightAbove(query, record, floor, ceiling, adjustments, ceilings, levels, out var weight))
                    {
                        continue;
                    }

                    var entry = new Ranked(weight, i);
                    if (size < top)
                    {
                        kept[size] = entry;
                        SiftUp(kept, size++);
                    }
                    else if (Ranked.Worse(kept[0], entry))
                    {
                        kept[0] = entry;
                        SiftDown(kept, size);
                    }
                }
            }

            var best = kept.AsSpan(0, size);
            best.Sort(static (a, b) => Ranked.Worse(a, b) ? 1 : Ranked.Worse(b, a) ? -1 : 0);
            var result = new MatchCandidate[size];
            for (var r = 0; r < size; r++)
            {
                result[r] = new MatchCandidate(r + 1, matcher.Compare(query, records[best[r].Index]));
            }

            return result;
        }
        finally
        {
            ArrayPool<Ranked>.Shared.Return(kept);
        }
    }

    /// <summary>Restores the heap (worst kept candidate at the root) after adding at <paramref name="at"/>.</summary>
    private static void SiftUp(Ranked[] heap, int at)
    {
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (!Ranked.Worse(heap[at], heap[parent]))
            {
                return;
            }

            (heap[at], heap[parent]) = (heap[parent], heap[at]);
            at = parent;
        }
    }

    /// <summary>Restores the heap after replacing its root.</summary>
    private static void SiftDown(Ranked[] heap, int size)
    {
        var at = 0;
        while (true)
        {
            var worst = at;
            var left = (2 * at) + 1;
            if (left < size && Ranked.Worse(heap[left], heap[worst]))
            {
                worst = left;
            }

            if (left + 1 < size && Ranked.Worse(heap[left + 1], heap[worst]))
            {
                worst = left + 1;
            }

            if (worst == at)
            {
                return;
            }

            (heap[at], heap[worst]) = (heap[worst], heap[at]);
            at = worst;
        }
    }

    /// <summary>A scored candidate: a higher weight is better, then an earlier record.</summary>
    private readonly record struct Ranked(double Weight, int Index)
    {
        public static bool Worse(Ranked a, Ranked b) => a.Weight < b.Weight || (a.Weight == b.Weight && a.Index > b.Index);
    }
}
