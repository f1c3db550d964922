using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;

namespace Justice.Domain.Identity.Scoring;

/// <summary>
/// <i>Estimation non supervisée</i>, as Splink does it: u from random pairs (almost all non-matches), then m by
/// expectation–maximisation, one session per blocking rule, where the fields the rule's key is made of are held
/// (each field's m is the mean over the sessions that estimate it); λ, the probability that two random records
/// are the same person, is the fixed point of λ = Σ posterior over blocked pairs / all pairs. Parameters fixed by hand are kept.
/// Deterministic for a given seed.
/// </summary>
public static class ModelTrainer
{
    // The blocks read for the m sessions and λ: capped as the in-memory index caps them by default.
    private const int TrainingBlockCap = 1000;

    /// <summary>Trains a model on prepared records. O(random pairs + iterations · blocked pairs · fields).</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="records">The records (at least 2).</param>
    /// <param name="options">The options.</param>
    /// <returns>The trained model, thresholds at their defaults.</returns>
    public static MatchModel Train(MatchProfile profile, IReadOnlyList<PreparedRecord> records, TrainingOptions options)
    {
        Core.Guard.NotNull(profile);
        Core.Guard.NotNull(records);
        Core.Guard.NotNull(options);
        Core.Guard.InRange(records.Count, 2, int.MaxValue);
        Core.Guard.Positive(options.RandomPairs);
        Core.Guard.NotNegative(options.MaxIterations);
        Core.Guard.FiniteNotNegative(options.PriorStrength);
        if (options.PopulationSize is { } population)
        {
            Core.Guard.InRange(population, 2, int.MaxValue, nameof(options) + "." + nameof(options.PopulationSize));
        }

        var comparisons = profile.Comparisons;
        var fields = comparisons.Count;
        var initial = MatchModel.Initial(profile);

        // Values fixed by hand first, then the levels the profile fixes (such as a generation gap between birth dates).
        options = options with { Fixed = [.. options.Fixed ?? [], .. initial.Fields.Where(f => f.Levels.Any(l => l.FixedM || l.FixedU))] };

        // u from random pairs (Laplace-smoothed counts).
        // The pairs are drawn in sequence, compared on all cores, and counted (exact integer sums, in any order).
        var random = new Random(options.Seed);
        var u = comparisons.Select(c => Enumerable.Repeat(1.0, c.Levels.Count).ToArray()).ToArray();
        var randomPairs = new long[options.RandomPairs];
        for (var p = 0; p < randomPairs.Length; p++)
        {
            var i = random.Next(records.Count);
            var j = random.Next(records.Count - 1);
            if (j >= i)
            {
                j++;
            }

            randomPairs[p] = ((long)i << 32) | (uint)j;
        }

        foreach (var vector in Levels(comparisons, records, randomPairs, 1))
        {
            for (var f = 0; f < fields; f++)
            {
                if (vector[f] >= 0)
                {
                    u[f][vector[f]]++;
                }
            }
        }

        Normalise(u);

        // m by expectation–maximisation, one session per blocking rule: a rule's pairs agree on the fields its key
        // is made of, so those fields' m are held in that session and estimated in the others (as Splink does).
        var index = BlockIndex.Of(profile.Name, profile.BlockingRules, TrainingBlockCap, records);
        var start = initial.Fields.Select(f => f.Levels.Select(l => l.M).ToArray()).ToArray();
        ApplyFixed(options.Fixed, initial, start, u);
        var sum = comparisons.Select(c => new double[c.Levels.Count]).ToArray();
        var sessions = new int[fields];
        for (var rule = 1; rule <= profile.BlockingRules.Count; rule++)
        {
            var held = profile.BlockingRules[rule - 1].Fields;
            var estimated = Enumerable.Range(0, fields).Where(f => !held.Contains(comparisons[f].Name)).ToArray();
            var vectors = Vectors(comparisons, records, index.BlockedPairs(rule), options.MaxTrainingPairs / profile.BlockingRules.Count);
            if (vectors.Count == 0 || estimated.Length == 0)
            {
                continue;
            }

            var session = Expectation(vectors, start.Select(r => r.ToArray()).ToArray(), u, estimated, options, initial);
            foreach (var f in estimated)
            {
                sessions[f]++;
                for (var l = 0; l < sum[f].Length; l++)
                {
                    sum[f][l] += session[f][l];
                }
            }
        }

        var final = start.Select((row, f) => sessions[f] == 0 ? row : sum[f].Select(x => x / sessions[f]).ToArray()).ToArray();
        ApplyFixed(options.Fixed, initial, final, u);

        // λ = P(two random records are the same person), as u comes from random pairs: the fixed point of
        // λ = Σ posterior over the blocked pairs / all pairs (pairs outside the blocks are taken as non-matches).
        var union = index.BlockedPairs();
        var sample = Vectors(comparisons, records, union, options.MaxTrainingPairs);
        var scale = sample.Count == 0 ? 0 : (double)union.Count / sample.Count;
        var allPairs = records.Count * (records.Count - 1.0) / 2.0;
        var prior = 1.0 / allPairs;
        var logM = Logarithms(final);
        var logU = Logarithms(u);
        var samplePatterns = VectorPatterns.Of(sample);
        for (var iteration = 0; iteration < 100 && sample.Count > 0; iteration++)
        {
            var logPrior = Math.Log(prior);
            var logNot = Math.Log(1 - prior);
            var posteriors = 0.0;
            for (var k = 0; k < samplePatterns.Count; k++)
            {
                posteriors += samplePatterns.Multiplicity(k) * Posterior(samplePatterns[k], logM, logU, logPrior, logNot);
            }

            var next = Math.Clamp(posteriors * scale / allPairs, 1e-12, 0.5);
            var done = Math.Abs(next - prior) < prior * 1e-6;
            prior = next;
            if (done)
            {
                break;
            }
        }

        // λ for the file the model will be applied to (TrainingOptions.PopulationSize): same duplicates per record.
        if (options.PopulationSize is { } size)
        {
            prior = Math.Clamp(prior * (records.Count - 1.0) / (size - 1.0), 1e-15, 0.5);
        }

        var m = final;
        var trained = initial.Fields.Select((f, fi) => f with
        {
            Levels = f.Levels.Select((l, li) => l with { M = m[fi][li], U = u[fi][li] }).ToArray(),
        }).ToArray();
        trained = Fix(options.Fixed, trained);
        return initial with { Prior = prior, Fields = trained };
    }

    private static List<sbyte[]> Vectors(IReadOnlyList<FieldComparison> comparisons, IReadOnlyList<PreparedRecord> records, HashSet<long> pairs, int limit)
    {
        var sorted = pairs.ToArray();
        Array.Sort(sorted);
        return [.. Levels(comparisons, records, sorted, Math.Max(1, sorted.Length / Math.Max(1, limit)))];
    }

    /// <summary>The comparison vectors of every <paramref name="step"/>-th pair (i &lt;&lt; 32 | j), in order, computed on all cores.</summary>
    private static sbyte[][] Levels(IReadOnlyList<FieldComparison> comparisons, IReadOnlyList<PreparedRecord> records, long[] pairs, int step)
    {
        var vectors = new sbyte[((pairs.Length - 1) / step) + 1][];
        if (pairs.Length == 0)
        {
            return [];
        }

        Records.RecordChunks.For(vectors.Length, 4096, (_, start, end) =>
        {
            for (var v = start; v < end; v++)
            {
                var pair = pairs[(long)v * step];
                var a = records[(int)(pair >> 32)];
                var b = records[(int)(pair & 0xFFFFFFFF)];
                var vector = new sbyte[comparisons.Count];
                for (var f = 0; f < vector.Length; f++)
                {
                    vector[f] = (sbyte)comparisons[f].Level(a, b);
                }

                vectors[v] = vector;
            }
        });

        return vectors;
    }

    private static double[][] Logarithms(double[][] table) => [.. table.Select(row => row.Select(x => Math.Log(x)).ToArray())];

    private static double[][] Expectation(List<sbyte[]> vectors, double[][] m, double[][] u, int[] estimated, TrainingOptions options, MatchModel initial)
    {
        var prior = 0.5;
        var pseudo = m.Select(row => row.Select(x => x * options.PriorStrength * vectors.Count).ToArray()).ToArray();

        // Pairs with the same comparison vector have the same posterior: each distinct vector is weighed once, times
        // the number of pairs that have it (as Splink aggregates comparison-vector patterns).
        var patterns = VectorPatterns.Of(vectors);
        for (var iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            var counts = m.Select(row => new double[row.Length]).ToArray();
            double expected = 0;
            var logM = Logarithms(m);
            var logU = Logarithms(u);
            var logPrior = Math.Log(prior);
            var logNot = Math.Log(1 - prior);
            for (var k = 0; k < patterns.Count; k++)
            {
                var vector = patterns[k];
                var posterior = patterns.Multiplicity(k) * Posterior(vector, logM, logU, logPrior, logNot);
                expected += posterior;
                foreach (var f in estimated)
                {
                    if (vector[f] >= 0)
                    {
                        counts[f][vector[f]] += posterior;
                    }
                }
            }

            var change = 0.0;
            foreach (var f in estimated)
            {
                var total = counts[f].Sum() + pseudo[f].Sum() + (1e-3 * counts[f].Length);
                for (var l = 0; l < counts[f].Length; l++)
                {
                    var value = Math.Clamp((counts[f][l] + pseudo[f][l] + 1e-3) / total, 1e-9, 1.0);
                    change = Math.Max(change, Math.Abs(value - m[f][l]));
                    m[f][l] = value;
                }
            }

            var next = Math.Clamp(expected / vectors.Count, 1e-4, 1 - 1e-4);
            change = Math.Max(change, Math.Abs(next - prior));
            prior = next;
            ApplyFixed(options.Fixed, initial, m, u);
            if (change < 1e-5)
            {
                break;
            }
        }

        return m;
    }

    /// <summary>The posterior of a match, from the logarithms of m, u, λ and 1 − λ (taken once per table, not per pair).</summary>
    private static double Posterior(sbyte[] vector, double[][] logM, double[][] logU, double logPrior, double logNot)
    {
        double logMatch = logPrior, logNon = logNot;
        for (var f = 0; f < vector.Length; f++)
        {
            var level = vector[f];
            if (level >= 0)
            {
                logMatch += logM[f][level];
                logNon += logU[f][level];
            }
        }

        return 1.0 / (1.0 + Math.Exp(logNon - logMatch));
    }

    private static void Normalise(double[][] table)
    {
        foreach (var row in table)
        {
            var sum = row.Sum();
            for (var l = 0; l < row.Length; l++)
            {
                row[l] = Math.Clamp(row[l] / sum, 1e-9, 1.0);
            }
        }
    }

    private static void ApplyFixed(IReadOnlyList<FieldParameters>? fixedFields, MatchModel model, double[][] m, double[][] u)
    {
        if (fixedFields is null)
        {
            return;
        }

        for (var f = 0; f < model.Fields.Count; f++)
        {
            for (var l = 0; l < model.Fields[f].Levels.Count; l++)
            {
                var level = fixedFields.Where(x => x.Field == model.Fields[f].Field)
                    .Select(x => x.Levels.FirstOrDefault(y => y.Level == model.Fields[f].Levels[l].Level && (y.FixedM || y.FixedU)))
                    .FirstOrDefault(y => y is not null);
                if (level is null)
                {
                    continue;
                }

                if (level.FixedM)
                {
                    m[f][l] = level.M;
                }

                if (level.FixedU)
                {
                    u[f][l] = level.U;
                }
            }
        }
    }

    private static FieldParameters[] Fix(IReadOnlyList<FieldParameters>? fixedFields, FieldParameters[] fields) =>
        fields.Select(f =>
        {
            var given = fixedFields?.Where(x => x.Field == f.Field).ToArray() ?? [];
            return f with
            {
                Levels = f.Levels.Select(l =>
                {
                    var g = given.Select(x => x.Levels.FirstOrDefault(y => y.Level == l.Level && (y.FixedM || y.FixedU))).FirstOrDefault(y => y is not null);
                    return g is null ? l : l with { FixedM = g.FixedM, FixedU = g.FixedU };
                }).ToArray(),
            };
        }).ToArray();
}
