using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Clustering;

/// <summary>
/// <i>Appariement un à un</i>: links two sources each holding at most one record per person (a register against
/// another register), so that each record takes part in at most one link. Candidates are taken by decreasing
/// weight (ties: smaller left index, then smaller right index) and kept when both records are still free.
/// </summary>
/// <remarks>
/// The greedy choice is stable: a candidate is dropped only when one of its records holds a link at least as
/// heavy. Its total weight is at least half of the best possible assignment (and equal to it when, as usual, each
/// record's best candidate is mutual). Deterministic and independent of the order of the input.
/// Cost: O(m log m) for m candidates.
/// </remarks>
internal static class OneToOneAssignment
{
    /// <summary>Assigns links one to one.</summary>
    /// <param name="leftCount">Number of records of the first source.</param>
    /// <param name="rightCount">Number of records of the second source.</param>
    /// <param name="edges">Scored pairs: <see cref="ScoredEdge.Left"/> in the first source, <see cref="ScoredEdge.Right"/> in the second.</param>
    /// <param name="matchWeight">Weight from which a pair is a candidate, in bits.</param>
    /// <returns>The links kept and the count of conflicts resolved.</returns>
    public static OneToOneLinks Assign(int leftCount, int rightCount, IEnumerable<ScoredEdge> edges, double matchWeight)
    {
        Guard.NotNegative(leftCount);
        Guard.NotNegative(rightCount);
        Guard.NotNull(edges);
        Guard.Finite(matchWeight);
        var candidates = new List<ScoredEdge>();
        long index = 0;
        foreach (var edge in edges)
        {
            if (edge.Left >= leftCount || edge.Right >= rightCount)
            {
                throw Guard.OutOfRange(nameof(edges), string.Create(CultureInfo.InvariantCulture, $"edge {index} ({edge.Left}, {edge.Right})"), string.Create(CultureInfo.InvariantCulture, $"left below {leftCount} and right below {rightCount}"));
            }

            index++;
            if (edge.Weight >= matchWeight)
            {
                candidates.Add(edge);
            }
        }

        candidates.Sort(static (x, y) =>
        {
            var byWeight = y.Weight.CompareTo(x.Weight);
            if (byWeight != 0)
            {
                return byWeight;
            }

            return x.Left != y.Left ? x.Left.CompareTo(y.Left) : x.Right.CompareTo(y.Right);
        });
        var leftTaken = new bool[leftCount];
        var rightTaken = new bool[rightCount];
        var links = new List<ScoredEdge>();
        var seenPairs = new HashSet<(int, int)>();
        long distinct = 0;
        long conflicts = 0;
        foreach (var c in candidates)
        {
            // The same pair given twice: only its heaviest copy (the first after sorting) counts.
            if (!seenPairs.Add((c.Left, c.Right)))
            {
                continue;
            }

            distinct++;
            if (leftTaken[c.Left] || rightTaken[c.Right])
            {
                conflicts++;
                continue;
            }

            leftTaken[c.Left] = true;
            rightTaken[c.Right] = true;
            links.Add(c);
        }

        links.Sort(static (x, y) => x.Left.CompareTo(y.Left));
        return new OneToOneLinks(links, distinct, conflicts);
    }
}
