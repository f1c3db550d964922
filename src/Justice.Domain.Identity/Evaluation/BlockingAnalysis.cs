using Justice.Domain.Core;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Evaluation;

/// <summary>
/// <i>Analyse du blocage</i>: measures, on records whose true person is known (synthetic data, a labelled
/// sample), how many true pairs the blocking rules form, per rule, and how many the size cap loses.
/// </summary>
public static class BlockingAnalysis
{
    /// <summary>
    /// Computes the recall ceiling of <paramref name="pairs"/>. O(true pairs · rules) after grouping the labels.
    /// </summary>
    /// <param name="pairs">The blocked candidate pairs.</param>
    /// <param name="personOf">For each record, its true person's label (the same label = the same person).</param>
    /// <returns>True pairs, those blocked, those lost to the cap and the count per rule.</returns>
    public static BlockingRecall Recall(BlockedPairs pairs, IReadOnlyList<int> personOf) => Recall(pairs, personOf, null);

    /// <summary>
    /// Computes the recall ceiling of <paramref name="pairs"/> and adds each true pair that no rule forms to
    /// <paramref name="missed"/> (record indices, lower first), to see what the rules miss. O(true pairs · rules).
    /// </summary>
    /// <param name="pairs">The blocked candidate pairs.</param>
    /// <param name="personOf">For each record, its true person's label (the same label = the same person).</param>
    /// <param name="missed">Receives the true pairs not formed, or null.</param>
    /// <returns>True pairs, those blocked, those lost to the cap and the count per rule.</returns>
    public static BlockingRecall Recall(BlockedPairs pairs, IReadOnlyList<int> personOf, ICollection<(int Left, int Right)>? missed)
    {
        Guard.NotNull(pairs);
        Guard.NotNull(personOf);
        if (personOf.Count != pairs.RecordCount)
        {
            throw Guard.OutOfRange(nameof(personOf), personOf.Count, FormattableString.Invariant($"one label per blocked record ({pairs.RecordCount})"));
        }

        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < personOf.Count; i++)
        {
            if (!groups.TryGetValue(personOf[i], out var list))
            {
                groups[personOf[i]] = list = new List<int>(1);
            }

            list.Add(i);
        }

        var rules = pairs.RuleCount;
        var byRule = new long[rules];
        long truePairs = 0, blocked = 0, lostToCap = 0;
        var boundary = pairs.LinkBoundary;
        foreach (var group in groups.Values)
        {
            for (var x = 0; x < group.Count; x++)
            {
                for (var y = x + 1; y < group.Count; y++)
                {
                    int i = group[x], j = group[y];
                    if (boundary > 0 && (i < boundary) == (j < boundary))
                    {
                        continue;
                    }

                    truePairs++;
                    bool formed = false, capped = false;
                    for (var r = 0; r < rules; r++)
                    {
                        switch (pairs.Relation(r, i, j))
                        {
                            case 2:
                                formed = true;
                                byRule[r]++;
                                break;
                            case 1:
                                capped = true;
                                break;
                        }
                    }

                    blocked += formed ? 1 : 0;
                    if (!formed)
                    {
                        missed?.Add((i, j));
                    }

                    lostToCap += capped && !formed ? 1 : 0;
                }
            }
        }

        return new BlockingRecall(truePairs, blocked, lostToCap, byRule);
    }

    /// <summary>
    /// Simulates the loss of each identifying field of the civil-status profile (surname with usage name and aliases,
    /// first names, birth date, birth place) on labelled records: for every true pair, the field is emptied on the
    /// record that comes first and the pair counts as still blocked when the two records share a key of some rule. Block
    /// caps are not applied (a ceiling of the keys alone). O(true pairs · keys) after preparing each paired record once
    /// per field.
    /// </summary>
    /// <param name="profile">The civil-status profile (its rules and preparation).</param>
    /// <param name="records">The records.</param>
    /// <param name="personOf">For each record, its true person's label (the same label = the same person).</param>
    /// <returns>One result per identifying field, in profile order.</returns>
    public static IReadOnlyList<FieldLossRecall> FieldLoss(CivilStatusProfile profile, IReadOnlyList<PersonRecord> records, IReadOnlyList<int> personOf)
    {
        Guard.NotNull(profile);
        Guard.NotNull(records);
        Guard.NotNull(personOf);
        if (personOf.Count != records.Count)
        {
            throw Guard.OutOfRange(nameof(personOf), personOf.Count, FormattableString.Invariant($"one label per record ({records.Count})"));
        }

        var groups = records.Select((r, i) => (Guard.NotNull(r, "records[i]"), i)).GroupBy(x => personOf[x.i]).Where(g => g.Count() > 1)
            .Select(g => g.Select(x => x.i).ToArray()).ToArray();
        var paired = groups.SelectMany(g => g).ToArray();
        var keys = new Dictionary<int, ulong[]>(paired.Length);
        foreach (var i in paired)
        {
            keys[i] = profile.Prepare(records[i]).BlockingKeys.ToArray();
        }

        var results = new List<FieldLossRecall>();
        foreach (var field in CivilStatusProfile.IdentifyingFields)
        {
            var without = new Dictionary<int, ulong[]>(paired.Length);
            foreach (var i in paired)
            {
                without[i] = profile.Prepare(CivilStatusProfile.WithoutField(records[i], field)).BlockingKeys.ToArray();
            }

            long tried = 0, blocked = 0;
            foreach (var group in groups)
            {
                for (var x = 0; x < group.Length; x++)
                {
                    for (var y = x + 1; y < group.Length; y++)
                    {
                        tried++;
                        blocked += without[group[x]].AsSpan().ContainsAny(keys[group[y]]) ? 1 : 0;
                    }
                }
            }

            results.Add(new FieldLossRecall(field, profile.Profile.BlockingRules.Count(r => !r.Reads(field)), tried, blocked));
        }

        return results;
    }
}
