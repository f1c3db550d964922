using System.Globalization;
using System.Runtime.Intrinsics;
using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Validation;
using Justice.Domain.Core;

namespace Justice.Domain.Allocation.Sensitivity;

/// <summary>
/// <i>Étude de sensibilité</i>: how sure is an allocation? Runs the allocation of Circ. SJ 00-124, annexe I, 1 many
/// times on figures perturbed by a seeded <see cref="Sensitivity.Perturbation"/> and reports, per court, the
/// probability of receiving at least one post and the distribution of its posts, and per post of the unperturbed
/// allocation, how often it changed hands (<see cref="SensitivityResult"/>).
/// </summary>
/// <remarks>
/// <para>Run r draws its factors from a stream that depends only on the seed and r (SplitMix64), criteria in request
/// order, courts in input order within each: the figure of court i on criterion c is multiplied by
/// max(0, 1 + level × z), z uniform on [−1, 1) or standard normal, and rounded to the criterion's precision. The runs are
/// spread over threads in fixed blocks and their counts added, so the result is identical for any number of threads.
/// Each run uses <see cref="PostAllocator.AllocateCourts(AllocationProblem, AllocationWorkspace, Span{int})"/>'s path
/// (no audit trail) with one workspace per thread: nothing is allocated per run.</para>
/// <para>Cost: O(runs × (courts × criteria + allocation)), divided by the threads.</para>
/// </remarks>
public sealed class SensitivityStudy
{
    private const int BlockSize = 64;
    private readonly CompiledCourts runData;
    private readonly int[] baselineCourts;
    private readonly double[][] baseSums;
    private readonly double[][] levels;

    private SensitivityStudy(AllocationProblem baseline, AllocationProblem runProblem, Perturbation perturbation, SensitivityOptions options)
    {
        Baseline = baseline;
        RunProblem = runProblem;
        Perturbation = perturbation;
        Options = options;
        runData = runProblem.Compiled;
        var n = runData.CourtCount;
        var m = runData.CriterionCount;
        baselineCourts = new int[baseline.Posts];
        var placed = PostAllocator.AllocateCourts(baseline, new AllocationWorkspace(), baselineCourts);
        Array.Fill(baselineCourts, -1, placed, baselineCourts.Length - placed);
        BaselinePlaced = placed;
        baseSums = new double[m][];
        levels = new double[m][];
        for (var c = 0; c < m; c++)
        {
            baseSums[c] = runData.Sums[c].Select(s => (double)s).ToArray();
            var id = runData.CriterionIds[c];
            var criterionLevel = perturbation.CriterionNoise.TryGetValue(id, out var l) ? l : perturbation.Noise;
            levels[c] = new double[n];
            for (var i = 0; i < n; i++)
            {
                levels[c][i] = (double)(perturbation.CourtNoise.TryGetValue(runData.Ids[i], out var courtLevel) ? courtLevel : criterionLevel);
            }
        }
    }

    /// <summary>The unperturbed problem (the request as given).</summary>
    public AllocationProblem Baseline { get; }

    /// <summary>The problem every run perturbs: the request less the dropped criteria, with the perturbation's tie convention.</summary>
    public AllocationProblem RunProblem { get; }

    /// <summary>The perturbation.</summary>
    public Perturbation Perturbation { get; }

    /// <summary>The options.</summary>
    public SensitivityOptions Options { get; }

    /// <summary>Posts placed in the unperturbed allocation.</summary>
    public int BaselinePlaced { get; }

    /// <summary>
    /// Checks everything before any run: the request (<see cref="AllocationRequestValidator"/>), the noise levels
    /// (0 to <see cref="Perturbation.MaxNoise"/>), the ids the perturbation names (criteria and courts of the request),
    /// that a criterion remains, the enumerations, the runs (1 to <see cref="SensitivityOptions.MaxRuns"/>) and threads.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="perturbation">The perturbation.</param>
    /// <param name="options">The runs and the seed.</param>
    /// <returns>The study, or every error.</returns>
    public static SensitivityPreparation Prepare(AllocationRequest request, Perturbation perturbation, SensitivityOptions options)
    {
        Guard.NotNull(request);
        Guard.NotNull(perturbation);
        Guard.NotNull(options);
        var validation = AllocationRequestValidator.Validate(request);
        var errors = validation.Errors.ToList();
        const string Item = "perturbation";
        CheckLevel(perturbation.Noise, "noise", errors);
        var criterionIds = (request.Criteria ?? []).Where(c => c is not null).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var courtIds = (request.Courts ?? []).Where(c => c is not null).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, level) in perturbation.CriterionNoise ?? new Dictionary<string, decimal>())
        {
            if (!criterionIds.Contains(id))
            {
                errors.Add(new(Item, "criterionNoise." + id, "names no criterion of the request (criteria: " + string.Join(", ", criterionIds) + ")"));
            }

            CheckLevel(level, "criterionNoise." + id, errors);
        }

        foreach (var (id, level) in perturbation.CourtNoise ?? new Dictionary<string, decimal>())
        {
            if (!courtIds.Contains(id))
            {
                errors.Add(new(Item, "courtNoise." + id, "names no court of the request"));
            }

            CheckLevel(level, "courtNoise." + id, errors);
        }

        var dropped = perturbation.DroppedCriteria ?? [];
        for (var k = 0; k < dropped.Count; k++)
        {
            if (dropped[k] is null || !criterionIds.Contains(dropped[k]))
            {
                errors.Add(new(Item, Invariant($"droppedCriteria[{k}]"), "names no criterion of the request (was \"" + dropped[k] + "\"; criteria: " + string.Join(", ", criterionIds) + ")"));
            }
        }

        if (criterionIds.Count > 0 && criterionIds.All(dropped.Contains))
        {
            errors.Add(new(Item, "droppedCriteria", "drops every criterion: at least one must remain"));
        }

        if (!Enum.IsDefined(perturbation.Distribution))
        {
            errors.Add(new(Item, "distribution", Invariant($"must be uniform or normal (was {(int)perturbation.Distribution})")));
        }

        if (!Enum.IsDefined(perturbation.Scope))
        {
            errors.Add(new(Item, "scope", Invariant($"must be courtAndCriterion or court (was {(int)perturbation.Scope})")));
        }

        if (perturbation.TieConvention is { } convention && !Enum.IsDefined(convention))
        {
            errors.Add(new(Item, "tieConvention", Invariant($"must be competition or fractional (was {(int)convention})")));
        }

        if (options.Runs < 1 || options.Runs > SensitivityOptions.MaxRuns)
        {
            errors.Add(new("options", "runs", Invariant($"must be between 1 and {SensitivityOptions.MaxRuns} (was {options.Runs})")));
        }

        if (options.MaxDegreeOfParallelism is < 1)
        {
            errors.Add(new("options", "maxDegreeOfParallelism", Invariant($"must be null (one thread per core) or 1 or more (was {options.MaxDegreeOfParallelism})")));
        }

        if (errors.Count > 0)
        {
            return new SensitivityPreparation(null, errors);
        }

        var runRequest = request with
        {
            Criteria = request.Criteria!.Where(c => !dropped.Contains(c.Id)).ToArray(),
            TieConvention = perturbation.TieConvention ?? request.TieConvention,
        };
        var runProblem = AllocationRequestValidator.Validate(runRequest).GetProblemOrThrow();
        return new SensitivityPreparation(new SensitivityStudy(validation.Problem!, runProblem, perturbation, options), []);
    }

    /// <summary>Runs the study.</summary>
    /// <param name="progress">Receives the number of runs done so far, after each block of 64 runs (from any thread, possibly concurrently), or null.</param>
    /// <param name="cancellationToken">Stops the study between blocks (<see cref="OperationCanceledException"/>).</param>
    /// <returns>The result.</returns>
    public SensitivityResult Run(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var n = runData.CourtCount;
        var posts = RunProblem.Posts;
        var runs = Options.Runs;
        var blocks = (runs + BlockSize - 1) / BlockSize;
        var total = new Tally(n, posts);
        var gate = new object();
        long done = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(
            0,
            blocks,
            parallel,
            () => new Runner(this),
            (block, _, runner) =>
            {
                var end = Math.Min(runs, (block + 1) * BlockSize);
                for (var run = block * BlockSize; run < end; run++)
                {
                    var placed = runner.Allocate(run);
                    runner.Tally.Add(runner.Courts, placed, baselineCourts);
                }

                progress?.Report(Interlocked.Add(ref done, end - (block * BlockSize)));
                return runner;
            },
            runner =>
            {
                lock (gate)
                {
                    total.Merge(runner.Tally);
                }
            });
        return Summarise(total);
    }

    /// <summary>Replays run <paramref name="run"/> alone: the ids of the courts that receive the posts, in order (shorter than the posts asked for when some could not be placed).</summary>
    /// <param name="run">The run's number, 0 to runs − 1 (any non-negative number: the stream is defined for all).</param>
    /// <returns>The courts, in post order.</returns>
    public IReadOnlyList<string> RunOnce(long run)
    {
        Guard.NotNegative(run);
        var runner = new Runner(this);
        var placed = runner.Allocate(run);
        return runner.Courts.AsSpan(0, placed).ToArray().Select(i => runData.Ids[i]).ToArray();
    }

    /// <summary>
    /// Run <paramref name="run"/>'s figures as a request: every court's values on each criterion replaced by one
    /// perturbed total followed by zeros (the same sum over the same number of years, hence the same average), the
    /// criteria dropped and the tie convention of the perturbation applied. Allocating it gives
    /// <see cref="RunOnce"/>'s courts; it shows a reader the figures of one run and serves as the oracle's input.
    /// </summary>
    /// <param name="run">The run's number, 0 or more.</param>
    /// <returns>The request.</returns>
    public AllocationRequest PerturbedRequest(long run)
    {
        Guard.NotNegative(run);
        var runner = new Runner(this);
        runner.Perturb(run);
        var data = runner.Data;
        var request = RunProblem.Request;
        var courts = new Court[data.CourtCount];
        for (var i = 0; i < courts.Length; i++)
        {
            var values = new Dictionary<string, IReadOnlyList<decimal>>(StringComparer.Ordinal);
            for (var c = 0; c < data.CriterionCount; c++)
            {
                var years = new decimal[data.Counts[c][i]];
                var numerator = data.Numerators[c][i] / (data.PerMagistrate[c] ? 100 : 1);
                years[0] = (decimal)numerator / Pow10(data.Decimals[c]);
                values[data.CriterionIds[c]] = years;
            }

            courts[i] = request.Courts[i] with { Values = values };
        }

        return request with { Courts = courts };
    }

    private static decimal Pow10(int places)
    {
        var result = 1m;
        for (var k = 0; k < places; k++)
        {
            result *= 10m;
        }

        return result;
    }

    private static void CheckLevel(decimal level, string field, List<AllocationInputError> errors)
    {
        if (level < 0 || level > Perturbation.MaxNoise)
        {
            errors.Add(new("perturbation", field, Invariant($"must be between 0 and {Perturbation.MaxNoise} (was {level})")));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private SensitivityResult Summarise(Tally tally)
    {
        var n = runData.CourtCount;
        var posts = RunProblem.Posts;
        var runs = (long)Options.Runs;
        var baselineTotals = new int[n];
        foreach (var court in baselineCourts)
        {
            if (court >= 0)
            {
                baselineTotals[court]++;
            }
        }

        var courts = new CourtSensitivity[n];
        for (var i = 0; i < n; i++)
        {
            var distribution = new long[posts + 1];
            Array.Copy(tally.Histogram, i * (posts + 1), distribution, 0, posts + 1);
            long sum = 0;
            for (var k = 0; k <= posts; k++)
            {
                sum += k * distribution[k];
            }

            courts[i] = new CourtSensitivity(
                runData.Ids[i],
                RunProblem.Courts[i].Name,
                baselineTotals[i],
                runs - distribution[0],
                (double)(runs - distribution[0]) / runs,
                (double)sum / runs,
                Array.FindIndex(distribution, count => count > 0),
                Quantile(distribution, runs, 1, 20),
                Quantile(distribution, runs, 1, 2),
                Quantile(distribution, runs, 19, 20),
                Array.FindLastIndex(distribution, count => count > 0),
                distribution);
        }

        var stabilities = new PostStability[BaselinePlaced];
        for (var k = 0; k < BaselinePlaced; k++)
        {
            stabilities[k] = new PostStability(k + 1, runData.Ids[baselineCourts[k]], tally.Changed[k], (double)tally.Changed[k] / runs);
        }

        return new SensitivityResult(
            Options.Seed,
            Options.Runs,
            Perturbation,
            posts,
            RunProblem.TieConvention,
            runData.CriterionIds,
            courts,
            stabilities,
            (double)tally.Unallocated / runs);
    }

    /// <summary>The nearest-rank quantile numerator/denominator: the smallest k whose cumulative count reaches that share of the runs (integer arithmetic).</summary>
    private static int Quantile(long[] distribution, long runs, long numerator, long denominator)
    {
        long cumulative = 0;
        for (var k = 0; k < distribution.Length; k++)
        {
            cumulative += distribution[k];
            if (cumulative * denominator >= runs * numerator)
            {
                return k;
            }
        }

        return distribution.Length - 1;
    }

    /// <summary>The counts a block of runs adds up: integers only, so that their sum does not depend on the order of the blocks.</summary>
    private sealed class Tally
    {
        private readonly int[] counts;

        public Tally(int courts, int posts)
        {
            Histogram = new long[courts * (posts + 1)];
            Changed = new long[posts];
            counts = new int[courts];
        }

        public long[] Histogram { get; }

        public long[] Changed { get; }

        public long Unallocated { get; private set; }

        public void Add(int[] courtOfPost, int placed, int[] baseline)
        {
            var posts = Changed.Length;
            for (var k = 0; k < placed; k++)
            {
                counts[courtOfPost[k]]++;
                if (courtOfPost[k] != baseline[k])
                {
                    Changed[k]++;
                }
            }

            for (var k = placed; k < posts; k++)
            {
                if (baseline[k] >= 0)
                {
                    Changed[k]++;
                }
            }

            Unallocated += posts - placed;
            for (var i = 0; i < counts.Length; i++)
            {
                Histogram[(i * (posts + 1)) + counts[i]]++;
                counts[i] = 0;
            }
        }

        public void Merge(Tally other)
        {
            for (var k = 0; k < Histogram.Length; k++)
            {
                Histogram[k] += other.Histogram[k];
            }

            for (var k = 0; k < Changed.Length; k++)
            {
                Changed[k] += other.Changed[k];
            }

            Unallocated += other.Unallocated;
        }
    }

    /// <summary>One thread's perturbed copy of the figures, workspace and counts.</summary>
    private sealed class Runner
    {
        private readonly SensitivityStudy study;
        private readonly AllocationWorkspace workspace = new();
        private readonly SeparatedLoadsAllocator? separated;
        private readonly double[] courtDraws;
        private readonly double[] criterionDraws;
        private readonly bool normal;
        private readonly bool perCourt;
        private readonly bool noiseless;

        public Runner(SensitivityStudy study)
        {
            this.study = study;
            Data = study.runData.WithOwnNumerators();
            Courts = new int[study.RunProblem.Posts];
            Tally = new Tally(Data.CourtCount, study.RunProblem.Posts);
            courtDraws = new double[Data.CourtCount];
            criterionDraws = new double[Data.CourtCount];
            normal = study.Perturbation.Distribution == NoiseDistribution.Normal;
            perCourt = study.Perturbation.Scope == NoiseScope.Court;
            noiseless = study.levels.All(row => row.All(level => level == 0));

            // Every run's sort starts from the unperturbed orders, which are closer to a run's than another run's are.
            PostAllocator.AllocateCourts(study.runData, 0, workspace, Courts);
            workspace.KeepStartOrders();
            separated = SeparatedLoadsAllocator.Create(study.runData);
        }

        public CompiledCourts Data { get; }

        public int[] Courts { get; }

        public Tally Tally { get; }

        /// <summary>Perturbs the figures for run <paramref name="run"/> and allocates; returns the posts placed.</summary>
        public int Allocate(long run)
        {
            Perturb(run);
            if (separated is not null && separated.TryAllocate(Data, study.RunProblem.Posts, Courts, out var placed))
            {
                return placed;
            }

            return PostAllocator.AllocateCourts(Data, study.RunProblem.Posts, workspace, Courts);
        }

        /// <summary>Writes run <paramref name="run"/>'s numerators: each sum times max(0, 1 + level × z), rounded; a level of 0 keeps the exact sum.</summary>
        public void Perturb(long run)
        {
            var source = study.runData;
            var n = Data.CourtCount;
            var random = new SeededRandom(study.Options.Seed, run);
            if (perCourt)
            {
                for (var i = 0; i < n; i++)
                {
                    courtDraws[i] = normal ? random.NextNormal() : random.NextSymmetric();
                }
            }

            for (var c = 0; c < Data.CriterionCount; c++)
            {
                // The criterion's draws first, in court order (the stream's order), then the figures.
                var draws = courtDraws;
                if (!perCourt)
                {
                    draws = criterionDraws;
                    if (normal)
                    {
                        for (var i = 0; i < n; i++)
                        {
                            draws[i] = random.NextNormal();
                        }
                    }
                    else
                    {
                        random.FillSymmetric(draws);
                    }
                }

                var levels = study.levels[c];
                var sums = study.baseSums[c];
                var numerators = Data.Numerators[c];
                var approximate = Data.ApproximateNumerators[c];
                var scale = source.PerMagistrate[c] ? 100 : 1;
                var f = 0;
                if (!noiseless && Vector256.IsHardwareAccelerated)
                {
                    // Four figures at a time with the same IEEE operations, when all four are perturbed and their
                    // numerators stay below 2^53 (then the product by the scale is exact in a double as in a long).
                    var limit = Vector256.Create(9e15 / scale);
                    var scales = Vector256.Create((double)scale);
                    for (; f + 4 <= n; f += 4)
                    {
                        var level = Vector256.Create(levels.AsSpan(f, 4));
                        var factor = Vector256.Max(Vector256<double>.Zero, Vector256<double>.One + (level * Vector256.Create(draws.AsSpan(f, 4))));
                        var perturbed = Vector256.Round(Vector256.Create(sums.AsSpan(f, 4)) * factor);
                        if (Vector256.EqualsAny(level, Vector256<double>.Zero) || !Vector256.LessThanAll(Vector256.Abs(perturbed), limit))
                        {
                            for (var k = f; k < f + 4; k++)
                            {
                                PerturbOne(c, k, draws[k]);
                            }

                            continue;
                        }

                        var values = perturbed * scales;
                        values.CopyTo(approximate.AsSpan(f, 4));
                        var exact = Vector256.ConvertToInt64(values);
                        numerators[f] = exact[0];
                        numerators[f + 1] = exact[1];
                        numerators[f + 2] = exact[2];
                        numerators[f + 3] = exact[3];
                    }
                }

                for (; f < n; f++)
                {
                    PerturbOne(c, f, draws[f]);
                }
            }
        }

        /// <summary>Court i's figure on criterion c for the draw z: its sum times max(0, 1 + level × z), rounded; a level of 0 (or no noise at all) keeps the exact sum.</summary>
        private void PerturbOne(int c, int i, double z)
        {
            var level = study.levels[c][i];
            var numerators = Data.Numerators[c];
            var approximate = Data.ApproximateNumerators[c];
            if (level == 0 || noiseless)
            {
                numerators[i] = study.runData.Numerators[c][i];
                approximate[i] = study.runData.ApproximateNumerators[c][i];
                return;
            }

            var factor = Math.Max(0.0, 1.0 + (level * z));
            var perturbed = Math.Round(study.baseSums[c][i] * factor, MidpointRounding.ToEven);
            var scale = study.runData.PerMagistrate[c] ? 100 : 1;
            if (perturbed < 9e16)
            {
                // The common case in 64-bit integers (an Int128 product and conversion cost more).
                var value = unchecked((long)perturbed) * scale;
                numerators[i] = value;
                approximate[i] = value;
            }
            else
            {
                var numerator = (Int128)perturbed * scale;
                numerators[i] = numerator;
                approximate[i] = (double)numerator;
            }
        }
    }
}
