using System.Diagnostics;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Synthetic;

/// <summary>
/// Runs the identity engine on a labelled dataset (FEBRL 1–3 deduplication, FEBRL 4 linkage, synthetic French
/// civil status) with unsupervised training, and measures it pair by pair.
/// </summary>
public static class EvaluationHarness
{
    /// <summary>Deduplicates an embedded FEBRL file (febrl-dataset1.csv … 3).</summary>
    /// <param name="file">The file name (<see cref="EmbeddedData.FebrlFiles"/>).</param>
    /// <param name="options">Training options.</param>
    /// <returns>The report.</returns>
    public static EvaluationReport FebrlDeduplication(string file, TrainingOptions? options = null)
    {
        var records = FebrlDataset.ReadEmbedded(file);
        var profile = FebrlProfile.Default;
        var (result, _, train, seconds) = TrainAndDeduplicate(profile.Profile, () => records.Select(profile.Prepare).ToArray(), options);
        var truth = records.ToDictionary(r => "0:" + r.Id, r => FebrlDataset.Person(r.Id));
        return Report(Path.GetFileNameWithoutExtension(file), result, truth, train, seconds);
    }

    /// <summary>Links the embedded FEBRL 4A with 4B.</summary>
    /// <param name="options">Training options.</param>
    /// <returns>The report.</returns>
    public static EvaluationReport FebrlLinkage(TrainingOptions? options = null)
    {
        var left = FebrlDataset.ReadEmbedded("febrl-dataset4a.csv");
        var right = FebrlDataset.ReadEmbedded("febrl-dataset4b.csv");
        var profile = FebrlProfile.Default;
        var watch = Stopwatch.StartNew();
        var l = left.Select(profile.Prepare).ToArray();
        var r = right.Select(profile.Prepare).ToArray();
        var model = ModelTrainer.Train(profile.Profile, l.Concat(r).ToArray(), options ?? new TrainingOptions());
        var train = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var result = IdentityLinker.Link(IdentityMatcher.Create(profile.Profile, model), l, r);
        var seconds = watch.Elapsed.TotalSeconds;
        var truth = left.Select(x => ("0:" + x.Id, FebrlDataset.Person(x.Id))).Concat(right.Select(x => ("1:" + x.Id, FebrlDataset.Person(x.Id))))
            .ToDictionary(x => x.Item1, x => x.Item2);
        return Report("febrl4", result, truth, train, seconds);
    }

    /// <summary>Deduplicates civil-status records against a truth (record id → person).</summary>
    /// <param name="name">The dataset name.</param>
    /// <param name="records">The records.</param>
    /// <param name="truth">The truth.</param>
    /// <param name="options">Training options.</param>
    /// <returns>The report and the trained model.</returns>
    public static (EvaluationReport Report, MatchModel Model) CivilStatus(string name, IReadOnlyList<PersonRecord> records, IReadOnlyDictionary<string, string> truth, TrainingOptions? options = null)
    {
        var profile = CivilStatusProfile.Default;
        var (result, model, train, seconds) = TrainAndDeduplicate(profile.Profile, () => records.Select(profile.Prepare).ToArray(), options);
        var keyed = truth.ToDictionary(kv => "0:" + kv.Key, kv => kv.Value);
        return (Report(name, result, keyed, train, seconds), model);
    }

    /// <summary>Trains a model on the prepared records (the preparation time is counted with training) and deduplicates them.</summary>
    private static (LinkageResult Result, MatchModel Model, double TrainSeconds, double MatchSeconds) TrainAndDeduplicate(
        MatchProfile profile, Func<PreparedRecord[]> prepare, TrainingOptions? options)
    {
        var watch = Stopwatch.StartNew();
        var prepared = prepare();
        var model = ModelTrainer.Train(profile, prepared, options ?? new TrainingOptions());
        var train = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var result = IdentityLinker.Deduplicate(IdentityMatcher.Create(profile, model), prepared);
        return (result, model, train, watch.Elapsed.TotalSeconds);
    }

    private static EvaluationReport Report(string name, LinkageResult result, IReadOnlyDictionary<string, string> truth, double train, double seconds)
    {
        var clusters = result.Assignments.Select(a => new KeyValuePair<string, string>(a.Dataset + ":" + a.Id, a.ClusterId));
        var metrics = PairwiseEvaluation.Evaluate(clusters, truth);
        var reviewRecords = result.ReviewPairs.SelectMany(p => new[] { p.LeftId, p.RightId }).Distinct().Count();
        return new EvaluationReport(name, result.Assignments.Count, result.CandidatePairs, metrics, result.ReviewPairs.Count, reviewRecords, train, seconds);
    }
}
