using Justice.Domain.Identity.Linking;
using Justice.Domain.Identity.Matching;

namespace Justice.Domain.Identity.Model;

/// <summary>
/// <i>Estimation non supervisée</i>, as Splink does it: u from random pairs (almost all non-matches), then m
/// and λ by expectation–maximisation over the blocked pairs with u held. Parameters fixed by hand are kept.
/// Deterministic for a given seed.
/// </summary>
public static class ModelTrainer
{
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
        Core.Guard.Positive(options.MaxIterations);
        var comparisons = profile.Comparisons;
        var fields = comparisons.Count;
        var initial = MatchModel.Initial(profile);

        // u from random pairs (Laplace-smoothed counts).
        var random = new Random(options.Seed);
        var u = comparisons.Select(c => Enumerable.Repeat(1.0, c.Levels.Count).ToArray()).ToArray();
        for (var p = 0; p < options.RandomPairs; p++)
        {
            var i = random.Next(records.Count);
            var j = random.Next(records.Count - 1);
            if (j >= i)
            {
                j++;
            }

            for (var f = 0; f < fields; f++)
            {
                var level = comparisons[f].Level(records[i], records[j]);
                if (level >= 0)
                {
                    u[f][level]++;
                }
            }
        }

        Normalise(u);

        // Level vectors of the blocked pairs.
        var index = IdentityIndex.Build(IdentityMatcher.Create(profile, initial), records);
        var pairs = index.BlockedPairs().ToArray();
        Array.Sort(pairs);
        var step = Math.Max(1, pairs.Length / Math.Max(1, options.MaxTrainingPairs));
        var vectors = new List<sbyte[]>(pairs.Length / step + 1);
        for (var k = 0; k < pairs.Length; k += step)
        {
            var a = records[(int)(pairs[k] >> 32)];
            var b = records[(int)(pairs[k] & 0xFFFFFFFF)];
            var vector = new sbyte[fields];
            for (var f = 0; f < fields; f++)
            {
                vector[f] = (sbyte)comparisons[f].Level(a, b);
            }

            vectors.Add(vector);
        }

        var m = initial.Fields.Select(f => f.Levels.Select(l => l.M).ToArray()).ToArray();
        ApplyFixed(options.Fixed, initial, m, u);
        var prior = 0.1;
        for (var iteration = 0; iteration < options.MaxIterations && vectors.Count > 0; iteration++)
        {
            var counts = comparisons.Select(c => new double[c.Levels.Count]).ToArray();
            double expectedMatches = 0;
            foreach (var vector in vectors)
            {
                double logMatch = Math.Log(prior), logNon = Math.Log(1 - prior);
                for (var f = 0; f < fields; f++)
                {
                    var level = vector[f];
                    if (level >= 0)
                    {
                        logMatch += Math.Log(m[f][level]);
                        logNon += Math.Log(u[f][level]);
                    }
                }

                var posterior = 1.0 / (1.0 + Math.Exp(logNon - logMatch));
                expectedMatches += posterior;
                for (var f = 0; f < fields; f++)
                {
                    if (vector[f] >= 0)
                    {
                        counts[f][vector[f]] += posterior;
                    }
                }
            }

            var newPrior = Math.Clamp(expectedMatches / vectors.Count, 1e-6, 1 - 1e-6);
            for (var f = 0; f < fields; f++)
            {
                for (var l = 0; l < counts[f].Length; l++)
                {
                    counts[f][l] += 1e-3;
                }
            }

            Normalise(counts);
            var change = Math.Abs(newPrior - prior);
            for (var f = 0; f < fields; f++)
            {
                for (var l = 0; l < counts[f].Length; l++)
                {
                    change = Math.Max(change, Math.Abs(counts[f][l] - m[f][l]));
                }
            }

            m = counts;
            prior = newPrior;
            ApplyFixed(options.Fixed, initial, m, u);
            if (change < 1e-5)
            {
                break;
            }
        }

        var trained = initial.Fields.Select((f, fi) => f with
        {
            Levels = f.Levels.Select((l, li) => l with { M = m[fi][li], U = u[fi][li] }).ToArray(),
        }).ToArray();
        trained = Fix(options.Fixed, trained);
        return initial with { Prior = prior, Fields = trained };
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
            var given = fixedFields.FirstOrDefault(x => x.Field == model.Fields[f].Field);
            if (given is null)
            {
                continue;
            }

            for (var l = 0; l < model.Fields[f].Levels.Count; l++)
            {
                var level = given.Levels.FirstOrDefault(x => x.Level == model.Fields[f].Levels[l].Level);
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
            var given = fixedFields?.FirstOrDefault(x => x.Field == f.Field);
            return given is null
                ? f
                : f with
                {
                    Levels = f.Levels.Select(l =>
                    {
                        var g = given.Levels.FirstOrDefault(x => x.Level == l.Level);
                        return g is null ? l : l with { FixedM = g.FixedM, FixedU = g.FixedU };
                    }).ToArray(),
                };
        }).ToArray();
}
