using System.Text.Json;
using Justice.Samples.Cli;
using Justice.Domain.Identity.Synthetic;
using Justice.Samples.Tests.Cli;

namespace Justice.Samples.Tests.Identity;

public sealed class EvaluateCommandTests
{
    private const string Header = "id,civility,birth_surname,usage_surname,first_names,aliases,sex,birth_date,death_date,birth_commune_code,birth_commune_name,birth_country_code,birth_country_name,nationality";

    private static readonly Lazy<(SyntheticDataset Data, JsonElement Report)> Synthetic2000 = new(() =>
    {
        var (code, output, error) = CliRunner.Run("identity", "evaluate", "--dataset", "synthetic", "--people", "2000", "--seed", "11", "--json");
        CliAssert.Exit(0, code, error);
        return (new SyntheticGenerator().Generate(2000, 11), JsonDocument.Parse(output).RootElement.Clone());
    });

    [Fact]
    public void EvaluateSynthetic_2000Persons_EveryClassWithTheTruePairsThatCarryIt()
    {
        var (data, report) = Synthetic2000.Value;
        var classes = report.GetProperty("Classes").EnumerateArray().ToArray();
        Assert.Equal(SyntheticGenerator.CorruptionClasses, classes.Select(c => c.GetProperty("Name").GetString()));

        // The true pairs of each class counted here from the generator's labels, independently of the CLI.
        var pairs = data.Truth.GroupBy(kv => kv.Value).SelectMany(g =>
        {
            var ids = g.Select(kv => kv.Key).ToArray();
            return ids.SelectMany((a, x) => ids.Skip(x + 1).Select(b => (a, b)));
        }).ToArray();
        Assert.Equal(pairs.Length, report.GetProperty("Overall").GetProperty("TruePairs").GetInt64());
        foreach (var c in classes)
        {
            var name = c.GetProperty("Name").GetString()!;
            var expected = pairs.Count(p => data.Corruptions[p.a].Contains(name) || data.Corruptions[p.b].Contains(name));
            Assert.True(expected > 0, name + " has no true pair");
            Assert.Equal(expected, c.GetProperty("TruePairs").GetInt64());
        }
    }

    [Fact]
    public void EvaluateSynthetic_2000Persons_CountsConsistentFiguresInUnitInterval()
    {
        var (data, report) = Synthetic2000.Value;
        Assert.Equal(data.Rows.Count, report.GetProperty("LabelledRecords").GetInt32());
        Assert.Equal(report.GetProperty("Records").GetInt32() + report.GetProperty("MissingFromOutput").GetInt32(), data.Rows.Count);
        var overall = report.GetProperty("Overall");
        foreach (var figures in report.GetProperty("Classes").EnumerateArray().Prepend(overall))
        {
            long truePairs = figures.GetProperty("TruePairs").GetInt64(), blocked = figures.GetProperty("TruePairsBlocked").GetInt64();
            long predicted = figures.GetProperty("PredictedPairs").GetInt64(), tp = figures.GetProperty("TruePositives").GetInt64();
            Assert.InRange(blocked, 0, truePairs);
            // Not bounded by the blocked pairs: a cluster joins two records that share no block through a third one.
            Assert.InRange(tp, 0, Math.Min(truePairs, predicted));
            Assert.InRange(predicted, 0, overall.GetProperty("PredictedPairs").GetInt64());
            Assert.Equal(predicted - tp, figures.GetProperty("FalsePositives").GetInt64());
            foreach (var measure in new[] { "RecallCeiling", "Precision", "Recall", "F1" })
            {
                Assert.InRange(figures.GetProperty(measure).GetDouble(), 0.0, 1.0);
            }
        }

        var hard = report.GetProperty("HardNonMatches").EnumerateArray().ToArray();
        Assert.Equal(SyntheticGenerator.HardNonMatchKinds, hard.Select(h => h.GetProperty("Kind").GetString()));
        Assert.All(hard, h => Assert.Equal(data.HardNonMatches[h.GetProperty("Kind").GetString()!], h.GetProperty("PersonPairs").GetInt32()));
        Assert.All(hard, h => Assert.InRange(h.GetProperty("FalsePositivePairs").GetInt64(), 0, h.GetProperty("RecordPairs").GetInt64()));
        Assert.InRange(hard.Sum(h => h.GetProperty("FalsePositivePairs").GetInt64()), 0, overall.GetProperty("FalsePositives").GetInt64());
        var loss = report.GetProperty("FieldLoss").EnumerateArray().ToArray();
        Assert.NotEmpty(loss);
        Assert.All(loss, f => Assert.InRange(f.GetProperty("RecallCeiling").GetDouble(), 0.0, 1.0));
        Assert.InRange(report.GetProperty("CandidatePairsPerRecord").GetDouble(), 0.01, 100.0);
    }

    [Fact]
    public void EvaluateInput_GeneratedFiles_SameOverallFiguresAsTheSyntheticDataset()
    {
        var folder = Directory.CreateTempSubdirectory("justice-evaluate-test-").FullName;
        try
        {
            CliAssert.Exit(0, CliRunner.Run("identity", "generate", "--people", "2000", "--seed", "11", "--output", folder));
            var (code, output, error) = CliRunner.Run("identity", "evaluate", "--input", Path.Combine(folder, "persons.csv"), "--truth", Path.Combine(folder, "truth.csv"), "--json");
            CliAssert.Exit(0, code, error);
            var report = JsonDocument.Parse(output).RootElement;
            Assert.Empty(report.GetProperty("Classes").EnumerateArray());
            Assert.Equal(Synthetic2000.Value.Report.GetProperty("Overall").GetRawText(), report.GetProperty("Overall").GetRawText());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void EvaluateInput_TinyFile_TruePairsOfRecordsMissingFromTheOutputCountAsMissed()
    {
        var folder = Directory.CreateTempSubdirectory("justice-evaluate-test-").FullName;
        try
        {
            var persons = Path.Combine(folder, "persons.csv");
            var truth = Path.Combine(folder, "truth.csv");
            File.WriteAllLines(persons,
            [
                Header,
                "a1,M.,DUPONT,,Jean,,M,1970-03-12,,75056,Paris,,,FR",
                "a2,M.,DUPONT,,Jean,,M,1970-03-12,,75056,Paris,,,FR",
                "b1,Mme,MARTIN,,Marie,,F,1980-01-02,,69123,Lyon,,,FR",
                "b2,Mme,MARTIN,,Marie,,F,1980-01-02,,69123,Lyon,,,FR",
                "c1,M.,DURAND,,Paul,,M,1990-05-06,,13055,Marseille,,,FR",
                "d1,M.,LEFEBVRE,,Luc,,M,1955-07-08,,33063,Bordeaux,,,FR",
            ]);

            // z9 is labelled but not in the persons file: its pairs with a1 and a2 are true pairs no run can find.
            File.WriteAllLines(truth, ["id,person", "a1,P1", "a2,P1", "z9,P1", "b1,P2", "b2,P2", "c1,P3", "d1,P4"]);
            var (code, output, error) = CliRunner.Run("identity", "evaluate", "--input", persons, "--truth", truth, "--json");
            CliAssert.Exit(0, code, error);
            var report = JsonDocument.Parse(output).RootElement;
            Assert.Equal(6, report.GetProperty("Records").GetInt32());
            Assert.Equal(1, report.GetProperty("MissingFromOutput").GetInt32());
            var overall = report.GetProperty("Overall");
            Assert.Equal(4, overall.GetProperty("TruePairs").GetInt64());
            Assert.Equal(2, overall.GetProperty("TruePairsBlocked").GetInt64());
            Assert.Equal(0.5, overall.GetProperty("RecallCeiling").GetDouble());
            Assert.InRange(overall.GetProperty("Recall").GetDouble(), 0.0, 0.5);
            Assert.Empty(report.GetProperty("HardNonMatches").EnumerateArray());

            var (textCode, text, textError) = CliRunner.Run("identity", "evaluate", "--input", persons, "--truth", truth, "--quiet");
            CliAssert.Exit(0, textCode, textError);
            Assert.Contains("| **overall** | 4 | 0.5000 |", text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void EvaluateInput_TruthMissingIds_InputErrorNamingTheIds()
    {
        var folder = Directory.CreateTempSubdirectory("justice-evaluate-test-").FullName;
        try
        {
            var persons = Path.Combine(folder, "persons.csv");
            var truth = Path.Combine(folder, "truth.csv");
            File.WriteAllLines(persons, [Header, "a1,M.,DUPONT,,Jean,,M,1970-03-12,,75056,Paris,,,FR", "a2,M.,DUPONT,,Jean,,M,1970-03-12,,75056,Paris,,,FR"]);
            File.WriteAllLines(truth, ["id,person", "a1,P1"]);
            var (code, output, error) = CliRunner.Run("identity", "evaluate", "--input", persons, "--truth", truth);
            CliAssert.Exit(JusticeCli.InputError, code, error);
            Assert.Contains("no person for 1 record id(s) of persons.csv (first: a2)", error, StringComparison.Ordinal);
            Assert.DoesNotContain("DUPONT", error, StringComparison.Ordinal);
            Assert.Empty(output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("persons")]
    [InlineData("truth")]
    public void EvaluateInput_MissingFile_InputErrorNamingIt(string missing)
    {
        var folder = Directory.CreateTempSubdirectory("justice-evaluate-test-").FullName;
        try
        {
            var persons = Path.Combine(folder, "persons.csv");
            var truth = Path.Combine(folder, "truth.csv");
            if (missing != "persons")
            {
                File.WriteAllLines(persons, [Header, "a1,M.,DUPONT,,Jean,,M,1970-03-12,,75056,Paris,,,FR"]);
            }

            if (missing != "truth")
            {
                File.WriteAllLines(truth, ["id,person", "a1,P1"]);
            }

            var (code, _, error) = CliRunner.Run("identity", "evaluate", "--input", persons, "--truth", truth);
            CliAssert.Exit(JusticeCli.InputError, code, error);
            Assert.Contains(missing + " file not found", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void EvaluateInput_TruthRowWithoutPerson_InputErrorNamingTheLine()
    {
        var folder = Directory.CreateTempSubdirectory("justice-evaluate-test-").FullName;
        try
        {
            var persons = Path.Combine(folder, "persons.csv");
            var truth = Path.Combine(folder, "truth.csv");
            File.WriteAllLines(persons, [Header, "a1,M.,DUPONT,,Jean,,M,1970-03-12,,75056,Paris,,,FR"]);
            File.WriteAllLines(truth, ["id,person", "a1,P1", "a2"]);
            var (code, _, error) = CliRunner.Run("identity", "evaluate", "--input", persons, "--truth", truth);
            CliAssert.Exit(JusticeCli.InputError, code, error);
            Assert.Contains("truth.csv, line 3", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("--input", "p.csv")]
    [InlineData("--dataset", "synthetic", "--input", "p.csv", "--truth", "t.csv")]
    [InlineData()]
    public void Evaluate_OptionsThatDoNotGoTogether_UsageError(params string[] options)
    {
        var (code, output, error) = CliRunner.Run(["identity", "evaluate", .. options]);
        CliAssert.Exit(JusticeCli.UsageError, code, error);
        Assert.Empty(output);
    }
}
