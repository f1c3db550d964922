using System.Collections.Immutable;
using Justice.Domain.Core;
using static Justice.Domain.Cav.Invariant;

namespace Justice.Domain.Cav.Election;

/// <summary>
/// <i>Recevabilité des listes</i> for the election of the six representatives (Décret 2025-659): one list per
/// union, nobody on two lists, as many titular and as many alternate candidates as seats to fill, women and men in
/// their share among electors (rounded up or down), a délégué de liste (the head of list by default), filed at
/// least one month before the vote.
/// </summary>
/// <remarks>
/// Readings (docs/cav.md): when a union files two lists, or a person stands on two lists, the text makes no list
/// prevail, so every list concerned is reported. O(c) for c candidates over all lists.
/// </remarks>
public static class CandidateListValidator
{
    /// <summary>Checks every list.</summary>
    /// <param name="lists">The lists, in the order filed.</param>
    /// <param name="rules">Seats, vote date, electors' gender share.</param>
    /// <returns>The report, one entry per list.</returns>
    public static ListCheckReport Check(IEnumerable<CandidateList> lists, ListRules rules)
    {
        var all = Guard.NoNullElements(lists);
        Guard.NotNull(rules);
        var listsPerUnion = all.GroupBy(l => l.Union.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var unionsPerCandidate = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in all)
        {
            foreach (var c in list.Candidates)
            {
                Guard.NotNull(c, "candidate of list '" + list.Union + "'");
                if (!unionsPerCandidate.TryGetValue(c.Name.Trim(), out var unions))
                {
                    unionsPerCandidate[c.Name.Trim()] = unions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                unions.Add(list.Union.Trim());
            }
        }

        var results = ImmutableArray.CreateBuilder<ListAdmissibility>(all.Length);
        foreach (var list in all)
        {
            results.Add(CheckOne(list, rules, listsPerUnion[list.Union.Trim()], unionsPerCandidate));
        }

        return new ListCheckReport(results.MoveToImmutable());
    }

    private static ListAdmissibility CheckOne(CandidateList list, ListRules rules, int listsOfUnion, Dictionary<string, HashSet<string>> unionsPerCandidate)
    {
        var issues = ImmutableArray.CreateBuilder<ListIssue>();
        var name = list.Union;
        if (listsOfUnion > 1)
        {
            issues.Add(new(ListIssueKind.SecondListOfUnion, Text($"list '{name}': the union filed {listsOfUnion} lists; each union files one list."), CavReferences.CandidateLists));
        }

        var onList = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var candidate in list.Candidates)
        {
            if (!onList.Add(candidate.Name.Trim()))
            {
                issues.Add(new(ListIssueKind.DuplicateCandidate, Text($"list '{name}': candidate '{candidate.Name}' appears twice."), CavReferences.CandidateLists));
                continue;
            }

            var others = unionsPerCandidate[candidate.Name.Trim()].Where(u => !string.Equals(u, name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (others.Count > 0)
            {
                issues.Add(new(ListIssueKind.CandidateOnTwoLists,
                    Text($"list '{name}': candidate '{candidate.Name}' also stands on the list of {string.Join(", ", others)}; nobody may stand on two lists."), CavReferences.CandidateLists));
            }
        }

        var titulars = list.Titulars.Count();
        var alternates = list.Alternates.Count();
        if (titulars != rules.SeatsToFill)
        {
            issues.Add(new(ListIssueKind.TitularCount,
                Text($"list '{name}' holds {titulars} titular candidate(s); on pain of inadmissibility it must hold {rules.SeatsToFill}, the number of seats to fill."), CavReferences.CandidateLists));
        }

        if (alternates != rules.SeatsToFill)
        {
            issues.Add(new(ListIssueKind.AlternateCount,
                Text($"list '{name}' holds {alternates} alternate candidate(s); on pain of inadmissibility it must hold {rules.SeatsToFill}, the number of seats to fill."), CavReferences.CandidateLists));
        }

        var allowed = rules.Electors.AllowedWomen(list.Candidates.Length);
        var women = list.Candidates.Count(c => c.Sex == CandidateSex.Woman);
        if (!allowed.Contains(women))
        {
            issues.Add(new(ListIssueKind.GenderShare,
                Text($"list '{name}' holds {women} women and {list.Candidates.Length - women} men among {list.Candidates.Length} candidates; the share of women among electors ({rules.Electors}) allows {string.Join(" or ", allowed)} women."),
                CavReferences.GenderShare));
        }

        if (list.FiledOn > rules.FilingDeadline)
        {
            issues.Add(new(ListIssueKind.LateFiling,
                Text($"list '{name}' was filed on {Iso(list.FiledOn)}, after {Iso(rules.FilingDeadline)}: lists are filed at least one month before the vote ({Iso(rules.VoteStarts)})."), CavReferences.CandidateLists));
        }

        return new ListAdmissibility(name, list.EffectiveDelegate, [.. allowed], issues.ToImmutable());
    }

}
