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
                     select profile.Prepare(People.Person("x", surname, first, "1970-01-02", sex: Sex.Female, usage: usage));
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
}
