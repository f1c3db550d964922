using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Synthetic;

/// <summary>
/// Measures a deduplication's output against a truth, overall and per corruption class: the blocking recall ceiling
/// (<see cref="BlockingAnalysis.Recall(BlockedPairs, IReadOnlyList{int}, ICollection{ValueTuple{int, int}}?)"/>),
/// precision, recall and F1 pair by pair, and the false positives among hard non-matches.
/// <para>
/// A true pair belongs to a class when either record carries it; so does a predicted pair (two records in one
/// cluster), which makes a class's precision the precision among the predicted pairs that touch a record of that
/// class. A record of the truth missing from the output (a rejected row) keeps its true pairs, counted as neither
/// blocked nor found; a record of the output missing from the truth is a person of its own.
/// </para>
/// </summary>
public static class ClassEvaluation
{
    /// <summary>Measures a deduplication.</summary>
    /// <param name="dataset">The dataset's name.</param>
    /// <param name="ids">The id of each record of the output, in the order of <paramref name="clusterOf"/> and <paramref name="blocked"/>.</param>
    /// <param name="clusterOf">The cluster of each record.</param>
    /// <param name="blocked">The pairs blocking formed over these records.</param>
    /// <param name="truth">The truth.</param>
    /// <returns>The figures; <see cref="LabelledEvaluation.FieldLoss"/> empty, review pairs and seconds 0 (the caller's to fill).</returns>
    public static LabelledEvaluation Measure(string dataset, IReadOnlyList<string> ids, IReadOnlyList<int> clusterOf, BlockedPairs blocked, EvaluationTruth truth)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(clusterOf);
        ArgumentNullException.ThrowIfNull(blocked);
        ArgumentNullException.ThrowIfNull(truth);
        if (clusterOf.Count != ids.Count || blocked.RecordCount != ids.Count)
        {
            throw new ArgumentException(FormattableString.Invariant($"{ids.Count} ids, {clusterOf.Count} clusters and {blocked.RecordCount} blocked records: one of each per record."), nameof(clusterOf));
        }

        var index = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!index.TryAdd(ids[i], i))
            {
                throw new ArgumentException(FormattableString.Invariant($"record {i} repeats the id of record {index[ids[i]]}."), nameof(ids));
            }
        }

        // Persons of the truth, with all their records (those missing from the output as −1).
        var members = new Dictionary<string, List<(int Index, string Id)>>(StringComparer.Ordinal);
        foreach (var (id, person) in truth.PersonOf)
        {
            if (!members.TryGetValue(person, out var list))
            {
                members[person] = list = new List<(int, string)>(2);
            }

            list.Add((index.GetValueOrDefault(id, -1), id));
        }

        var labels = members.Keys.Select((person, label) => (person, label)).ToDictionary(x => x.person, x => x.label, StringComparer.Ordinal);
        var personOf = new int[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            personOf[i] = truth.PersonOf.TryGetValue(ids[i], out var person) ? labels[person] : labels.Count + i;
        }

        var missed = new HashSet<(int, int)>();
        BlockingAnalysis.Recall(blocked, personOf, missed);

        var classNames = new List<string>(truth.Classes ?? []);
        var classIndex = classNames.Select((c, k) => (c, k)).ToDictionary(x => x.c, x => x.k, StringComparer.Ordinal);
        foreach (var name in (truth.Corruptions?.Values ?? []).SelectMany(c => c))
        {
            if (classIndex.TryAdd(name, classNames.Count))
            {
                classNames.Add(name);
            }
        }

        var classesOf = new int[ids.Count][];
        var missingClasses = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (id, classes) in truth.Corruptions ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            var codes = classes.Select(c => classIndex[c]).ToArray();
            if (index.TryGetValue(id, out var i))
            {
                classesOf[i] = codes;
            }
            else
            {
                missingClasses[id] = codes;
            }
        }

        long truePairs = 0, truePairsBlocked = 0, truePositives = 0;
        var perClass = new long[classNames.Count, 4];
        var touched = new List<int>(6);
        foreach (var list in members.Values)
        {
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    int i = list[x].Index, j = list[y].Index;
                    var present = i >= 0 && j >= 0;
                    var isBlocked = present && !missed.Contains((Math.Min(i, j), Math.Max(i, j)));
                    var found = present && clusterOf[i] == clusterOf[j];
                    truePairs++;
                    truePairsBlocked += isBlocked ? 1 : 0;
                    truePositives += found ? 1 : 0;
                    if (truth.Corruptions is null)
                    {
                        continue;
                    }

                    Touched(Classes(i, list[x].Id), Classes(j, list[y].Id));
                    foreach (var c in touched)
                    {
                        perClass[c, 0]++;
                        perClass[c, 1] += isBlocked ? 1 : 0;
                        perClass[c, 3] += found ? 1 : 0;
                    }
                }
            }
        }

        long predicted = 0;
        foreach (var cluster in Enumerable.Range(0, ids.Count).GroupBy(i => clusterOf[i]).Where(g => g.Skip(1).Any()))
        {
            var records = cluster.ToArray();
            for (var x = 0; x < records.Length; x++)
            {
                for (var y = x + 1; y < records.Length; y++)
                {
                    predicted++;
                    if (truth.Corruptions is not null)
                    {
                        Touched(classesOf[records[x]], classesOf[records[y]]);
                        foreach (var c in touched)
                        {
                            perClass[c, 2]++;
                        }
                    }
                }
            }
        }

        var hard = new List<HardNonMatchFigures>();
        if (truth.HardNonMatches is { } pairs)
        {
            foreach (var kind in (truth.HardNonMatchKinds ?? []).Union(pairs.Select(p => p.Kind), StringComparer.Ordinal))
            {
                int personPairs = 0;
                long recordPairs = 0, falsePositives = 0;
                foreach (var pair in pairs.Where(p => p.Kind == kind))
                {
                    personPairs++;
                    var a = Present(pair.Person);
                    var b = Present(pair.LookAlike);
                    recordPairs += (long)a.Length * b.Length;
                    falsePositives += a.Sum(i => b.Count(j => clusterOf[i] == clusterOf[j]));
                }

                hard.Add(new HardNonMatchFigures(kind, personPairs, recordPairs, falsePositives));
            }
        }

        var classFigures = truth.Corruptions is null
            ? []
            : classNames.Select((name, c) => new PairFigures(name, perClass[c, 0], perClass[c, 1], perClass[c, 2], perClass[c, 3])).ToArray();
        return new LabelledEvaluation(
            dataset,
            ids.Count,
            truth.PersonOf.Count,
            truth.PersonOf.Keys.Count(id => !index.ContainsKey(id)),
            blocked.PairCount,
            0,
            new PairFigures("overall", truePairs, truePairsBlocked, predicted, truePositives),
            classFigures,
            hard,
            [],
            0);

        int[]? Classes(int record, string id) => record >= 0 ? classesOf[record] : missingClasses.GetValueOrDefault(id);

        void Touched(int[]? a, int[]? b)
        {
            touched.Clear();
            touched.AddRange(a ?? []);
            foreach (var c in b ?? [])
            {
                if (!touched.Contains(c))
                {
                    touched.Add(c);
                }
            }
        }

        int[] Present(string person) =>
            members.TryGetValue(person, out var list) ? list.Where(m => m.Index >= 0).Select(m => m.Index).ToArray() : [];
    }
}
