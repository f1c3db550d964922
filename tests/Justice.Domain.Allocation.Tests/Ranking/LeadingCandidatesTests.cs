using FsCheck.Xunit;
using Justice.Domain.Allocation.Ranking;

namespace Justice.Domain.Allocation.Tests.Ranking;

public class LeadingCandidatesTests
{
    /// <summary>
    /// Random rank sums, candidates, margins and sequences of decreases, increases and removals: after every step the
    /// first candidate is the one a full scan finds (lowest rank sum, then lowest tie rank).
    /// </summary>
    [Property]
    public Property First_AfterAnyChanges_IsTheFirstCandidateOfAFullScan()
    {
        var steps = Gen.Choose(0, 3).SelectMany(kind => Gen.Choose(0, 1_000_000).ArrayOf(4).Select(args => (kind, args)));
        var arb = Gen.Choose(1, 40)
            .SelectMany(n => Gen.Choose(0, 30).ArrayOf(n)
                .SelectMany(sums => Gen.Elements(true, true, true, false).ArrayOf(n)
                    .SelectMany(candidates => Gen.Choose(1, 20)
                        .SelectMany(margin => steps.ArrayOf()
                            .Select(ops => (sums, candidates, margin, ops))))))
            .ToArbitrary();
        return Prop.ForAll(arb, input =>
        {
            var (initial, initialCandidates, margin, ops) = input;
            var n = initial.Length;
            var sums = initial.Select(s => (long)s).ToArray();
            var ties = Enumerable.Range(0, n).Reverse().ToArray();
            var candidate = (bool[])initialCandidates.Clone();
            var expectedCandidate = (bool[])initialCandidates.Clone();
            var structure = new LeadingCandidates(sums, ties, candidate);
            structure.Reset(margin);
            if (structure.First() != FullScan(sums, ties, expectedCandidate))
            {
                return false;
            }

            foreach (var (kind, args) in ops)
            {
                var court = args[0] % n;
                var courts = args.Select(a => a % n).Distinct().ToArray();
                var amount = 1 + (args[1] % 7);
                switch (kind)
                {
                    case 0:
                        structure.Decrease(courts, -amount);

                        break;
                    case 1:
                        structure.Increase(courts, amount);

                        break;
                    case 2:
                        sums[court] -= amount;
                        structure.Decreased(court);
                        break;
                    default:
                        structure.Remove(court);
                        expectedCandidate[court] = false;
                        break;
                }

                if (structure.First() != FullScan(sums, ties, expectedCandidate))
                {
                    return false;
                }
            }

            return true;
        });
    }

    private static int FullScan(long[] sums, int[] ties, bool[] candidate)
    {
        var best = -1;
        for (var i = 0; i < sums.Length; i++)
        {
            if (candidate[i] && (best < 0 || sums[i] < sums[best] || (sums[i] == sums[best] && ties[i] < ties[best])))
            {
                best = i;
            }
        }

        return best;
    }
}
