namespace Justice.Domain.Identity.Scoring;

/// <summary><i>Options d'apprentissage</i> of the unsupervised estimation.</summary>
/// <param name="Seed">Seed of the random pairs used to estimate u (the result is reproducible).</param>
/// <param name="RandomPairs">How many random pairs estimate u.</param>
/// <param name="MaxIterations">Most expectation–maximisation iterations.</param>
/// <param name="MaxTrainingPairs">Most blocked pairs used by expectation–maximisation (a deterministic sample beyond).</param>
/// <param name="PriorStrength">Weight of the profile's starting m as a Dirichlet prior (maximum a posteriori EM), in
/// pairs per training pair: 0 is plain EM; 1 gives the starting values as much weight as the data.</param>
/// <param name="Fixed">Parameters fixed by hand: they replace the estimate and training keeps them (matched by field and level name).</param>
/// <param name="PopulationSize">
/// How many records the model will be applied to, when training sees only a sample of them (null: the training records
/// themselves). λ is the probability that two random records are the same person; with the same number of duplicates
/// per record, it falls as 1 / (n − 1) when the file grows, so the λ estimated on the sample is rescaled by
/// (sample − 1) / (population − 1). Without it, a model trained on 30,000 records and applied to 1,000,000 would
/// start every pair about 5 bits (log2 33) too close to a match. The sample must keep the duplicates of the
/// population (as <see cref="Scoring.TrainingSample.ByBlock"/> does).
/// </param>
public sealed record TrainingOptions(int Seed = 42, int RandomPairs = 200_000, int MaxIterations = 25, int MaxTrainingPairs = 2_000_000, double PriorStrength = 10.0, IReadOnlyList<FieldParameters>? Fixed = null, int? PopulationSize = null);
