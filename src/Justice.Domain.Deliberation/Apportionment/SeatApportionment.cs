using System.Collections.Immutable;
using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Deliberation.Explanations;
using Justice.Domain.Deliberation.Ties;

namespace Justice.Domain.Deliberation.Apportionment;

/// <summary>
/// <i>Répartition proportionnelle des sièges</i>: shares seats among lists by largest remainder (Hare or Droop
/// quota) or by highest averages (D'Hondt, Sainte-Laguë, Huntington–Hill), in exact integer arithmetic, with
/// ties broken by the caller's <see cref="TieBreakChain"/> or reported unresolved.
/// </summary>
/// <remarks>
/// Divisor methods use a binary heap: O(n + s log n) for s seats among n lists; they accept seats already held
/// (<see cref="ListVotes.InitialSeats"/>), so that an apportionment can start from current headcounts.
/// The engine knows no statute: the caller passes the articles that impose the method.
/// </remarks>
/// <example>
/// <code>
/// var outcome = SeatApportionment.Apportion(ApportionmentMethod.DHondt, 6,
///     [new("A", 100), new("B", 80), new("C", 30)], TieBreakChain.Unresolved);
/// outcome.SeatsOf("A"); // 3
/// </code>
/// </example>
public static class SeatApportionment
{
    /// <summary>The largest vote count (or weight) of a list: 10^12.</summary>
    public const long MaxVotes = 1_000_000_000_000;

    /// <summary>The largest number of seats (to fill, or held initially by a list): 10^6.</summary>
    public const int MaxSeats = 1_000_000;

    /// <summary>The command-line names of the methods ("largest-remainder-hare", "dhondt"…).</summary>
    public static IReadOnlyDictionary<string, ApportionmentMethod> MethodNames { get; } = new Dictionary<string, ApportionmentMethod>(StringComparer.OrdinalIgnoreCase)
    {
        ["largest-remainder-hare"] = ApportionmentMethod.LargestRemainderHare,
        ["largest-remainder-droop"] = ApportionmentMethod.LargestRemainderDroop,
        ["dhondt"] = ApportionmentMethod.DHondt,
        ["sainte-lague"] = ApportionmentMethod.SainteLague,
        ["huntington-hill"] = ApportionmentMethod.HuntingtonHill,
        ["quota-then-highest-average"] = ApportionmentMethod.QuotaThenHighestAverage,
    };

    /// <summary>Parses a method name of <see cref="MethodNames"/> or an enum name, case-insensitively.</summary>
    /// <param name="text">The name.</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentException">Unknown method; the message lists the known ones.</exception>
    public static ApportionmentMethod ParseMethod(string text)
    {
        Guard.NotNull(text);
        if (MethodNames.TryGetValue(text.Trim(), out var method) ||
            (Enum.TryParse(text.Trim(), true, out method) && Enum.IsDefined(method) && !int.TryParse(text, out _)))
        {
            return method;
        }

        throw new ArgumentException("method '" + text + "' is unknown; expected one of " + string.Join(", ", MethodNames.Keys) + ".", nameof(text));
    }

    /// <summary>Apportions <paramref name="seats"/> seats among <paramref name="lists"/>.</summary>
    /// <param name="method">The method.</param>
    /// <param name="seats">The seats to distribute, 0 to <see cref="MaxSeats"/> (on top of initial seats).</param>
    /// <param name="lists">The lists: at least one, distinct non-blank names, votes 0 to <see cref="MaxVotes"/>, a positive total.</param>
    /// <param name="tieBreak">The tie-break rules of the text; <see cref="TieBreakChain.Unresolved"/> reports ties.</param>
    /// <param name="references">The articles that impose the method (cited in the explanation).</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">Invalid lists or seats; the message names the list and the rule.</exception>
    public static ApportionmentOutcome Apportion(
        ApportionmentMethod method, int seats, IEnumerable<ListVotes> lists, TieBreakChain tieBreak, params LegalReference[] references) =>
        Run(method, seats, lists, tieBreak, references, useHeap: true);

    /// <summary>The reference implementation of divisor methods: a full scan of the lists for every seat, O(s × n).</summary>
    internal static ApportionmentOutcome ApportionNaive(
        ApportionmentMethod method, int seats, IEnumerable<ListVotes> lists, TieBreakChain tieBreak, params LegalReference[] references) =>
        Run(method, seats, lists, tieBreak, references, useHeap: false);

    private static ApportionmentOutcome Run(
        ApportionmentMethod method, int seats, IEnumerable<ListVotes> lists, TieBreakChain tieBreak, LegalReference[] references, bool useHeap)
    {
        Guard.Defined(method);
        Guard.InRange(seats, 0, MaxSeats);
        Guard.NotNull(tieBreak);
        var refs = Guard.NoNullElements(references).ToImmutableArray();
        var input = Validate(Guard.NotNull(lists).ToArray(), method);
        var n = input.Length;
        var votes = input.Select(l => l.Votes).ToArray();
        var total = votes.Sum();
        var held = input.Select(l => l.InitialSeats).ToArray();
        var quotaSeats = new int[n];
        var remainders = new string?[n];
        var explanation = ImmutableArray.CreateBuilder<ExplanationLine>();
        var ties = ImmutableArray.CreateBuilder<TieResolution>();
        var cite = refs.IsEmpty ? null : refs[0];
        string? quota = null;
        int unallocated;
        explanation.Add(new ExplanationLine("method", Describe(method) + Inv($"; {seats} seat(s) to fill, {total} valid vote(s) among {n} list(s)"), cite));

        if (method is ApportionmentMethod.LargestRemainderHare or ApportionmentMethod.LargestRemainderDroop or ApportionmentMethod.QuotaThenHighestAverage)
        {
            var remainderKey = new Int128[n];
            if (method == ApportionmentMethod.LargestRemainderDroop)
            {
                var q = (total / (seats + 1L)) + 1;
                quota = q.ToString(CultureInfo.InvariantCulture);
                explanation.Add(new ExplanationLine("Droop quota", Inv($"⌊{total} ÷ ({seats} + 1)⌋ + 1 = {q}")));
                for (var i = 0; i < n; i++)
                {
                    quotaSeats[i] = (int)(votes[i] / q);
                    remainderKey[i] = votes[i] % q;
                    remainders[i] = remainderKey[i].ToString(CultureInfo.InvariantCulture);
                }
            }
            else
            {
                quota = seats == 0 ? null : Inv($"{total}/{seats}");
                explanation.Add(new ExplanationLine("quota", seats == 0 ? "no seat to fill, no quota" : Inv($"{total} ÷ {seats} (valid votes ÷ seats to fill)"), cite));
                for (var i = 0; i < n && seats > 0; i++)
                {
                    var scaled = (Int128)votes[i] * seats;
                    quotaSeats[i] = (int)(scaled / total);
                    remainderKey[i] = scaled % total;
                    remainders[i] = Inv($"{remainderKey[i]}/{seats}");
                }
            }

            var byQuota = quotaSeats.Sum();
            explanation.Add(new ExplanationLine(
                "seats by quota",
                string.Join(", ", Enumerable.Range(0, n).Select(i => remainders[i] is null
                    ? Inv($"{input[i].Name} {quotaSeats[i]}")
                    : Inv($"{input[i].Name} {quotaSeats[i]} (remainder {remainders[i]})"))) + Inv($"; {byQuota} of {seats} seat(s)"),
                cite));
            var left = seats - byQuota;
            if (method == ApportionmentMethod.QuotaThenHighestAverage)
            {
                for (var i = 0; i < n; i++)
                {
                    held[i] += quotaSeats[i];
                }

                unallocated = Divisor(ApportionmentMethod.DHondt, left, input, votes, held, tieBreak, ties, useHeap);
                explanation.Add(new ExplanationLine("highest average", Inv($"{left} remaining seat(s) to the highest averages votes ÷ (seats held + 1)"), cite));
                for (var i = 0; i < n; i++)
                {
                    held[i] -= quotaSeats[i];
                }
            }
            else
            {
                unallocated = Remainders(left, input, remainderKey, held, tieBreak, ties, explanation, cite);
            }
        }
        else
        {
            unallocated = Divisor(method, seats, input, votes, held, tieBreak, ties, useHeap);
            explanation.Add(new ExplanationLine("highest averages", Inv($"{seats - unallocated} seat(s) awarded one by one to the highest average votes ÷ divisor(seats held)"), cite));
            explanation.Add(new ExplanationLine(
                "averages",
                string.Join("; ", Enumerable.Range(0, n).Select(i => Inv($"{input[i].Name}: ") + (held[i] > input[i].InitialSeats
                    ? Inv($"last seat won at {Average(method, votes[i], held[i] - 1)}, next average {Average(method, votes[i], held[i])}")
                    : Inv($"no seat won, average {Average(method, votes[i], held[i])}"))))));
        }

        foreach (var tie in ties)
        {
            explanation.AddRange(tie.Steps);
        }

        var result = ImmutableArray.CreateBuilder<ListSeats>(n);
        for (var i = 0; i < n; i++)
        {
            result.Add(new ListSeats(input[i].Name, votes[i], input[i].InitialSeats, quotaSeats[i], remainders[i], held[i] - input[i].InitialSeats, held[i] + quotaSeats[i]));
        }

        explanation.Add(new ExplanationLine(
            "result",
            string.Join(", ", result.Select(l => Inv($"{l.Name} {l.Seats}"))) +
            (unallocated == 0 ? Inv($"; {seats} seat(s) allocated") : Inv($"; {unallocated} seat(s) left unallocated by an unresolved tie"))));
        return new ApportionmentOutcome(method, seats, total, quota, result.MoveToImmutable(), ties.ToImmutable(), unallocated, explanation.ToImmutable(), refs);
    }

    private static int Remainders(
        int left, ListVotes[] input, Int128[] remainderKey, int[] held, TieBreakChain tieBreak,
        ImmutableArray<TieResolution>.Builder ties, ImmutableArray<ExplanationLine>.Builder explanation, LegalReference? cite)
    {
        var n = input.Length;
        var awarded = new List<string>();
        while (left > 0)
        {
            var groups = Enumerable.Range(0, n).GroupBy(i => remainderKey[i]).OrderByDescending(g => g.Key);
            foreach (var group in groups)
            {
                var members = group.ToList();
                if (members.Count <= left)
                {
                    foreach (var i in members)
                    {
                        held[i]++;
                        awarded.Add(input[i].Name);
                    }

                    left -= members.Count;
                    if (left == 0)
                    {
                        break;
                    }

                    continue;
                }

                var resolution = TieBreaker.Choose(
                    members.Select(i => new TieContender(input[i].Name, input[i].Votes)),
                    left,
                    tieBreak,
                    Inv($"equal remainders for the last {left} seat(s)"));
                ties.Add(resolution);
                foreach (var name in resolution.Winners)
                {
                    var i = Array.FindIndex(input, l => l.Name == name);
                    held[i]++;
                    awarded.Add(name);
                }

                explanation.Add(new ExplanationLine("largest remainders", "seats by remainder: " + string.Join(", ", awarded.DefaultIfEmpty("none")), cite));
                return resolution.PlacesLeft;
            }
        }

        explanation.Add(new ExplanationLine("largest remainders", "seats by remainder: " + string.Join(", ", awarded.DefaultIfEmpty("none")), cite));
        return 0;
    }

    private static int Divisor(
        ApportionmentMethod method, int seats, ListVotes[] input, long[] votes, int[] held, TieBreakChain tieBreak,
        ImmutableArray<TieResolution>.Builder ties, bool useHeap)
    {
        var n = input.Length;
        var left = seats;
        if (useHeap)
        {
            var comparer = Comparer<(long Votes, int Seats)>.Create((a, b) => Compare(method, b.Votes, b.Seats, a.Votes, a.Seats));
            var heap = new PriorityQueue<int, (long Votes, int Seats)>(Enumerable.Range(0, n).Select(i => (i, (votes[i], held[i]))), comparer);
            var group = new List<int>();
            while (left > 0)
            {
                group.Clear();
                heap.TryDequeue(out var first, out var top);
                group.Add(first);
                while (heap.TryPeek(out var next, out var priority) && comparer.Compare(top, priority) == 0)
                {
                    heap.Dequeue();
                    group.Add(next);
                }

                var winners = Award(group, ref left, input, held, tieBreak, ties, out var unresolved);
                if (unresolved > 0)
                {
                    return unresolved;
                }

                foreach (var i in winners)
                {
                    heap.Enqueue(i, (votes[i], held[i]));
                }

                if (winners.Count < group.Count)
                {
                    break;
                }
            }

            return 0;
        }

        var candidates = new List<int>();
        while (left > 0)
        {
            candidates.Clear();
            var best = 0;
            candidates.Add(0);
            for (var i = 1; i < n; i++)
            {
                var c = Compare(method, votes[i], held[i], votes[best], held[best]);
                if (c > 0)
                {
                    best = i;
                    candidates.Clear();
                    candidates.Add(i);
                }
                else if (c == 0)
                {
                    candidates.Add(i);
                }
            }

            var winners = Award(candidates, ref left, input, held, tieBreak, ties, out var unresolved);
            if (unresolved > 0)
            {
                return unresolved;
            }

            if (winners.Count < candidates.Count)
            {
                break;
            }
        }

        return 0;
    }

    private static List<int> Award(
        List<int> group, ref int left, ListVotes[] input, int[] held, TieBreakChain tieBreak,
        ImmutableArray<TieResolution>.Builder ties, out int unresolved)
    {
        unresolved = 0;
        if (group.Count <= left)
        {
            foreach (var i in group)
            {
                held[i]++;
            }

            left -= group.Count;
            return group.ToList();
        }

        var resolution = TieBreaker.Choose(
            group.Select(i => new TieContender(input[i].Name, input[i].Votes)),
            left,
            tieBreak,
            Inv($"equal averages for the last {left} seat(s)"));
        ties.Add(resolution);
        var winners = new List<int>();
        foreach (var name in resolution.Winners)
        {
            var i = group.First(g => input[g].Name == name);
            held[i]++;
            winners.Add(i);
        }

        unresolved = resolution.PlacesLeft;
        left = 0;
        return winners;
    }

    /// <summary>Compares the averages votes ÷ divisor(seats) of two lists exactly: positive when a's is higher.</summary>
    internal static int Compare(ApportionmentMethod method, long va, int sa, long vb, int sb)
    {
        switch (method)
        {
            case ApportionmentMethod.SainteLague:
                return ((Int128)va * ((2L * sb) + 1)).CompareTo((Int128)vb * ((2L * sa) + 1));
            case ApportionmentMethod.HuntingtonHill:
                if (va == 0 || vb == 0)
                {
                    return va.CompareTo(vb);
                }

                if (sa == 0 || sb == 0)
                {
                    return sa == 0 && sb == 0 ? va.CompareTo(vb) : (sa == 0 ? 1 : -1);
                }

                return ((UInt128)(ulong)va * (ulong)va * ((ulong)sb * (ulong)(sb + 1L)))
                    .CompareTo((UInt128)(ulong)vb * (ulong)vb * ((ulong)sa * (ulong)(sa + 1L)));
            default:
                return ((Int128)va * (sb + 1L)).CompareTo((Int128)vb * (sa + 1L));
        }
    }

    /// <summary>The average of a list holding <paramref name="seats"/> seats, as an exact expression ("100 ÷ 3").</summary>
    private static string Average(ApportionmentMethod method, long votes, int seats) => method switch
    {
        ApportionmentMethod.SainteLague => Inv($"{votes} ÷ {(2L * seats) + 1}"),
        ApportionmentMethod.HuntingtonHill => seats == 0 ? "∞ (divisor √0)" : Inv($"{votes} ÷ √{(long)seats * (seats + 1L)}"),
        _ => Inv($"{votes} ÷ {seats + 1L}"),
    };

    private static ListVotes[] Validate(ListVotes[] lists, ApportionmentMethod method)
    {
        if (lists.Length == 0)
        {
            throw new ArgumentException("lists must hold at least one list.", nameof(lists));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        long total = 0;
        foreach (var list in lists)
        {
            if (string.IsNullOrWhiteSpace(list.Name))
            {
                throw new ArgumentException("lists holds a list without a name; every list needs a unique name.", nameof(lists));
            }

            if (!names.Add(list.Name))
            {
                throw new ArgumentException("list '" + list.Name + "' appears twice; list names must be unique.", nameof(lists));
            }

            if (list.Votes < 0 || list.Votes > MaxVotes)
            {
                throw new ArgumentOutOfRangeException(nameof(lists), list.Votes, Inv($"list '{list.Name}' has {list.Votes} votes; votes must be between 0 and {MaxVotes}."));
            }

            if (list.InitialSeats < 0 || list.InitialSeats > MaxSeats)
            {
                throw new ArgumentOutOfRangeException(nameof(lists), list.InitialSeats, Inv($"list '{list.Name}' holds {list.InitialSeats} initial seats; expected between 0 and {MaxSeats}."));
            }

            if (list.InitialSeats > 0 && method is not (ApportionmentMethod.DHondt or ApportionmentMethod.SainteLague or ApportionmentMethod.HuntingtonHill))
            {
                throw new ArgumentException(Inv($"list '{list.Name}' holds {list.InitialSeats} initial seats; only divisor methods (D'Hondt, Sainte-Laguë, Huntington–Hill) start from seats already held, not {method}."), nameof(lists));
            }

            total += list.Votes;
        }

        if (total == 0)
        {
            throw new ArgumentException("lists hold 0 votes in all; an apportionment needs at least one vote.", nameof(lists));
        }

        return lists;
    }

    private static string Describe(ApportionmentMethod method) => method switch
    {
        ApportionmentMethod.LargestRemainderHare => "electoral quotient (votes ÷ seats), then largest remainders",
        ApportionmentMethod.LargestRemainderDroop => "Droop quota ⌊votes ÷ (seats + 1)⌋ + 1, then largest remainders",
        ApportionmentMethod.DHondt => "highest averages, D'Hondt (divisors 1, 2, 3…)",
        ApportionmentMethod.SainteLague => "highest averages, Sainte-Laguë (divisors 1, 3, 5…)",
        ApportionmentMethod.HuntingtonHill => "highest averages, Huntington–Hill (divisor √(s(s+1)); a list without a seat first)",
        _ => "electoral quotient (votes ÷ seats), then highest averages",
    };

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
