using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Domain.Identity.Tests.Scoring;

public sealed class ModelTrainerTests
{
    [Fact]
    public void Train_Febrl1_LearnsAgreementWeighsAndKeepsFixedValues()
    {
        var profile = FebrlProfile.Default;
        var records = FebrlDataset.ReadEmbedded("febrl-dataset1.csv").Select(profile.Prepare).ToArray();
        var fixedSex = new FieldParameters("state", false, [new LevelParameters("same", 0.77, 0.33, FixedM: true, FixedU: true)]);
        var options = new TrainingOptions(Seed: 7, RandomPairs: 20_000, Fixed: [fixedSex]);
        var model = ModelTrainer.Train(profile.Profile, records, options);
        var again = ModelTrainer.Train(profile.Profile, records, options);
        Assert.Equal(model.Prior, again.Prior);
        var state = model.Fields.Single(f => f.Field == "state").Levels[0];
        Assert.Equal((0.77, 0.33, true), (state.M, state.U, state.FixedM));
        foreach (var field in model.Fields.Where(f => f.Field != "state"))
        {
            Assert.True(field.Levels[0].Weight > 3, field.Field);
            Assert.True(field.Levels[^1].Weight < 0, field.Field);
        }

        Assert.Null(model.Mismatch(profile.Profile));
    }

    [Fact]
    public void Train_WithPopulationSize_RescalesTheMatchPriorToThePopulation()
    {
        var profile = FebrlProfile.Default;
        var records = FebrlDataset.ReadEmbedded("febrl-dataset1.csv").Select(profile.Prepare).ToArray();
        var options = new TrainingOptions(Seed: 7, RandomPairs: 20_000);
        var sample = ModelTrainer.Train(profile.Profile, records, options);
        var population = ModelTrainer.Train(profile.Profile, records, options with { PopulationSize = 10 * records.Length });

        // Same duplicates per record in a file ten times larger: λ × (n − 1) / (10 n − 1); m and u unchanged.
        Assert.Equal(sample.Prior * (records.Length - 1.0) / ((10.0 * records.Length) - 1.0), population.Prior, 1e-15);
        Assert.Equal(sample.Fields.SelectMany(f => f.Levels), population.Fields.SelectMany(f => f.Levels));
        Assert.Throws<ArgumentOutOfRangeException>(() => ModelTrainer.Train(profile.Profile, records, options with { PopulationSize = 1 }));
    }
}
