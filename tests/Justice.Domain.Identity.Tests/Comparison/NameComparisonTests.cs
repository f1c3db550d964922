using FsCheck.Xunit;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Tests.Comparison;

public sealed class NameComparisonTests
{
    // Names close in spelling and sound, so that every level (exact to different) turns up.
    private static readonly string[] Surnames = ["MARTIN", "MARTEN", "MARTINEZ", "DUPONT", "DUPOND", "DE LA FONTAINE", "LAFONTAINE", "BERNARD", "BERNAR", "EMMA", "ROUSSEAU", "ROUSSO", "JEAN"];
    private static readonly string[] FirstNames = ["JEAN", "JEANNE", "JEAN-PIERRE", "PIERRE", "EMMA", "EMMA, LOUISE", "LOUISE", "MARTIN", "DOUCE, EMMA", "MARIE", "MARIA", "BERNARD", ""];

    [Property]
    public Property Level_RandomPeople_EqualsStraightforwardDefinition()
    {
        var profile = CivilStatusProfile.Default;
        var comparisons = profile.Profile.Comparisons.OfType<NameComparison>().ToArray();
        Assert.Equal(2, comparisons.Length);
        var person = from surname in Gen.Elements(Surnames)
                     from usage in Gen.Elements(Surnames.Append(null).ToArray())
                     from first in Gen.Elements(FirstNames)
                     from sex in Gen.Elements(Sex.Female, Sex.Male, Sex.Unknown)
                     select profile.Prepare(People.Person("x", surname, first, "1970-01-02", sex: sex, usage: usage));
        return Prop.ForAll(person.Zip(person).ToArbitrary(), p => comparisons.All(c => c.Level(p.Item1, p.Item2) == c.LevelReference(p.Item1, p.Item2)))
            ;
    }

    [Fact]
    public void Level_AllPairsOfSamples_EqualsStraightforwardDefinitionAndCoversTheLevels()
    {
        var profile = CivilStatusProfile.Default;
        var comparisons = profile.Profile.Comparisons.OfType<NameComparison>().ToArray();
        var people = Surnames.SelectMany(s => FirstNames.Select(f => profile.Prepare(People.Person("x", s, f, "1970-01-02")))).ToArray();
        var seen = new HashSet<int>();
        foreach (var a in people)
        {
            foreach (var b in people)
            {
                foreach (var c in comparisons)
                {
                    var level = c.Level(a, b);
                    Assert.Equal(c.LevelReference(a, b), level);
                    seen.Add(level);
                }
            }
        }

        Assert.Superset(new HashSet<int> { -1, 0, 2, 3, 4, 5, 6, 7 }, seen);
    }

    [Theory]
    [InlineData("Michel", "Michèle")] // the masculine and feminine forms
    [InlineData("Giuseppe", "Giuseppina")]
    [InlineData("Marie", "Maxime")] // fuzzily alike
    [InlineData("Christophe", "Christine")] // close, more than one typo apart
    [InlineData("Nicolas", "Nicole")]
    public void SexesDiffer_FirstNamesNotOneTypoApartOrGendered_Different(string male, string female)
    {
        var a = Prepare(male, Sex.Male);
        var b = Prepare(female, Sex.Female);

        Assert.Equal("different", NameComparison.LevelNames[FirstNameComparison().Level(a, b)]);
        Assert.NotEqual("different", NameComparison.LevelNames[FirstNameComparison().Level(a, Prepare(female, Sex.Unknown))]);
    }

    [Theory]
    [InlineData("Adrien", "Adrein", "close")] // a typo and a sex given wrongly in one source
    [InlineData("Adrien", "Adrien", "exact")]
    public void SexesDiffer_SameOrMistypedFirstNames_KeepTheirLevel(string first, string other, string level)
    {
        var comparison = FirstNameComparison();

        Assert.Equal(level, NameComparison.LevelNames[comparison.Level(Prepare(first, Sex.Male), Prepare(other, Sex.Female))]);
        Assert.Equal(level, NameComparison.LevelNames[comparison.Level(Prepare(first, Sex.Male), Prepare(other, Sex.Male))]);
    }

    private static NameComparison FirstNameComparison() =>
        CivilStatusProfile.Default.Profile.Comparisons.OfType<NameComparison>().Single(c => c.Name == "first_names");

    private static Justice.Domain.Identity.Preparation.PreparedRecord Prepare(string firstNames, Sex sex) =>
        CivilStatusProfile.Default.Prepare(People.Person("x", "Bianchi", firstNames, "1970-01-02", sex: sex));
}
