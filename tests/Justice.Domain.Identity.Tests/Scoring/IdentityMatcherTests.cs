using System.Text.Json;
using FsCheck.Xunit;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Serialization;
using static Justice.Domain.Identity.Tests.People;

namespace Justice.Domain.Identity.Tests.Scoring;

public sealed class IdentityMatcherTests
{
    private static readonly CivilStatusProfile Profile = CivilStatusProfile.Default;
    private static readonly IdentityMatcher Matcher = IdentityMatcher.Create(Profile.Profile, MatchModel.Initial(Profile.Profile));

    private static string Level(PersonRecord a, PersonRecord b, string field) =>
        Matcher.Compare(Profile.Prepare(a), Profile.Prepare(b)).Fields.Single(f => f.Field == field).Level;

    [Fact]
    public void Compare_SamePerson_Match()
    {
        var a = Person("a", "Dupont", "Jean-Pierre", "1970-03-12");
        var b = Person("b", "DUPONT", "JEAN PIERRE", "1970-03-12", commune: "75112");
        var result = Matcher.Compare(Profile.Prepare(a), Profile.Prepare(b));
        Assert.Equal(MatchBand.Match, result.Band);
        Assert.Equal("same-commune", result.Fields.Single(f => f.Field == "birth_place").Level);
        Assert.Equal(result.PriorWeight + result.Fields.Sum(f => f.Weight), result.Weight, 9);
        Assert.Contains("birth_date", result.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_FrenchVariations_ExpectedLevels()
    {
        Assert.Equal("exact", Level(Person("a", "de La Fontaine", "Jean", "1970-03-12"), Person("b", "FONTAINE", "Jean", "1970-03-12"), "surname"));
        Assert.Equal("alternate", Level(Person("a", "Durand", "Marie", "1970-03-12", usage: "Martin"), Person("b", "Martin", "Marie", "1970-03-12"), "surname"));
        Assert.Equal("tokens", Level(Person("a", "Dupont-Martin", "Marie", "1970-03-12"), Person("b", "Dupont", "Marie", "1970-03-12"), "surname"));
        Assert.Equal("phonetic", Level(Person("a", "Gauthier", "Marie", "1970-03-12"), Person("b", "Gotier", "Marie", "1970-03-12"), "surname"));
        Assert.Equal("swapped", Level(Person("a", "Pierre", "Martin", "1970-03-12"), Person("b", "Martin", "Pierre", "1970-03-12"), "surname"));
        Assert.Equal("tokens", Level(Person("a", "X", "Marie, Anne", "1970-03-12"), Person("b", "X", "Anne, Marie", "1970-03-12"), "first_names"));
        Assert.Equal("day-month-swapped", Level(Person("a", "A", "B", "1970-03-12"), Person("b", "A", "B", "1970-12-03"), "birth_date"));
        Assert.Equal("compatible", Level(Person("a", "A", "B", "1970-03-00"), Person("b", "A", "B", "1970-03-12"), "birth_date"));
        Assert.Equal("one-digit", Level(Person("a", "A", "B", "1970-03-12"), Person("b", "A", "B", "1970-03-13"), "birth_date"));
        Assert.Equal("year-plus-minus-one", Level(Person("a", "A", "B", "1970-03-12"), Person("b", "A", "B", "1969-03-12"), "birth_date"));
        Assert.Equal("different", Level(Person("a", "A", "B", "1970-03-12"), Person("b", "A", "B", "1971-07-25"), "birth_date"));
        Assert.Equal("same-commune", Level(Person("a", "A", "B", "1970-03-12", commune: "20004"), Person("b", "A", "B", "1970-03-12", commune: "2A004"), "birth_place"));
        Assert.Equal("same-department", Level(Person("a", "A", "B", "1970-03-12", commune: "69123"), Person("b", "A", "B", "1970-03-12", commune: "69266"), "birth_place"));
        Assert.Equal("same-country", Level(Person("a", "A", "B", "1970-03-12", commune: null, country: "99350"), Person("b", "A", "B", "1970-03-12", commune: null, country: "99350"), "birth_place"));
        Assert.Equal("missing", Level(Person("a", "SNP", "B", "1970-03-12"), Person("b", "A", "B", "1970-03-12"), "surname"));
    }

    [Fact]
    public void Compare_TwinsAndParentChild_VetoedNonMatch()
    {
        var twin1 = Profile.Prepare(Person("a", "Dupont", "Jean", "1970-03-12"));
        var twin2 = Profile.Prepare(Person("b", "Dupont", "Paul", "1970-03-12"));
        var child = Profile.Prepare(Person("c", "Dupont", "Jean", "1998-07-01"));
        var twins = Matcher.Compare(twin1, twin2);
        Assert.Equal("different", twins.Fields.Single(f => f.Field == "first_names").Level);
        Assert.Equal(MatchBand.NonMatch, twins.Band);
        var parent = Matcher.Compare(twin1, child);
        Assert.Equal("generation-apart", parent.Fields.Single(f => f.Field == "birth_date").Level);
        Assert.Equal(MatchBand.NonMatch, parent.Band);
        Assert.Equal(MatchBand.NonMatch, Matcher.Score(twin1, child).Band);
    }

    [Theory]
    [InlineData("1977-02-22", "same-year")] // homonyms born months apart
    [InlineData("1972-02-22", "different")]
    [InlineData("1978-02-22", "different")]
    public void Compare_SameNamesTwoDatesNoTypoExplains_NeverAnAutomaticMatch(string otherDate, string level)
    {
        var a = Profile.Prepare(Person("a", "Kowalski", "Constantin, Pierre", "1977-09-10"));
        var b = Profile.Prepare(Person("b", "Kowalski", "Constantin, Pierre", otherDate));

        var result = Matcher.Compare(a, b);

        Assert.Equal(level, result.Fields.Single(f => f.Field == "birth_date").Level);
        Assert.NotEqual(MatchBand.Match, result.Band);
        Assert.NotEqual(MatchBand.Match, Matcher.Score(a, b).Band);
    }

    [Theory]
    [InlineData("1977-09-16")] // one digit
    [InlineData("1977-10-09")] // day and month swapped
    [InlineData("1978-09-10")] // a year off by one
    [InlineData("1977-01-01")] // 1 January, the placeholder of an unknown day and month
    public void Compare_SameNamesDateATypoAway_NoVeto(string otherDate)
    {
        var a = Profile.Prepare(Person("a", "Kowalski", "Constantin, Pierre", "1977-09-10"));
        var b = Profile.Prepare(Person("b", "Kowalski", "Constantin, Pierre", otherDate));

        var level = Matcher.Compare(a, b).Fields.Single(f => f.Field == "birth_date").Level;

        Assert.DoesNotContain(DateComparison.OtherDateLevels, l => DateComparison.LevelNames[l] == level);
    }

    [Fact]
    public void Compare_TermFrequency_CommonNameWeighsLess()
    {
        var records = Enumerable.Range(0, 50).Select(i => Profile.Prepare(Person("m" + i, "Martin", "Paul" + (char)('A' + (i % 26)), "1960-01-01")))
            .Append(Profile.Prepare(Person("r", "Zylberstein", "Paul", "1960-01-01"))).ToArray();
        var matcher = Matcher.WithTermFrequencies(records);
        var common = matcher.Compare(Profile.Prepare(Person("a", "Martin", "Luc", "1980-01-01")), Profile.Prepare(Person("b", "Martin", "Luc", "1980-01-01")));
        var rare = matcher.Compare(Profile.Prepare(Person("a", "Zylberstein", "Luc", "1980-01-01")), Profile.Prepare(Person("b", "Zylberstein", "Luc", "1980-01-01")));
        Assert.True(rare.Weight > common.Weight);
        Assert.True(common.Fields[0].TermFrequencyAdjustment < rare.Fields[0].TermFrequencyAdjustment);
        Assert.Equal(-IdentityMatcher.TermFrequencyCap, common.Fields[0].TermFrequencyAdjustment); // log2(0.002 / (50/51)) capped
        Assert.Equal(Math.Log2(0.002 / (1.0 / 51)), rare.Fields[0].TermFrequencyAdjustment, 9);
    }

    private static readonly Lazy<PreparedRecord[]> Filler = new(() =>
        Enumerable.Range(0, 3000).Select(i => Profile.Prepare(Person("f" + i, "Zx" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Qy" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "1950-01-01"))).ToArray());

    [Property]
    public Property TryWeightAbove_AnyPairAndFloor_WeightBitForBitOrCertainlyBelowTheFloor()
    {
        return Prop.ForAll(Linkage.IdentityIndexTests.Datasets, d =>
        {
            // Term frequencies from the first records among 3,000 others with other names, so that adjustments vary
            // with the query and are positive for names seen once (rare) and negative for the frequent ones.
            var matcher = Matcher.WithTermFrequencies([.. d.Records[..d.Split], .. d.Records[..d.Split].Where(r => r.Id.EndsWith('1')), .. Filler.Value]);
            var fields = Profile.Profile.Comparisons.Count;
            var adjustments = new double[fields];
            var ceilings = new double[fields];
            var levels = new int[fields];
            return d.Records.All(a =>
            {
                var ceiling = matcher.Ceilings(a, adjustments, ceilings);
                return d.Records.All(b =>
                {
                    var exact = matcher.Weight(a, b, out _);
                    return new[] { double.NegativeInfinity, -30, -10, 0, exact - 1e-3, exact, exact + 1e-3, 20, 60 }.All(floor =>
                        matcher.TryWeightAbove(a, b, floor, ceiling, adjustments, ceilings, levels, out var weight)
                            ? BitConverter.DoubleToInt64Bits(weight) == BitConverter.DoubleToInt64Bits(exact)
                            : exact < floor)
                        && exact <= ceiling + 1e-9;
                });
            });
        });
    }

    [Fact]
    public void Score_SameAsCompare()
    {
        var a = Profile.Prepare(Person("a", "Dupont", "Jean", "1970-03-12"));
        var b = Profile.Prepare(Person("b", "Dupond", "Jean", "1970-03-21"));
        var score = Matcher.Score(a, b);
        var comparison = Matcher.Compare(a, b);
        Assert.Equal(comparison.Weight, score.Weight, 12);
        Assert.Equal(comparison.Band, score.Band);
    }

    [Fact]
    public void Create_ModelOfOtherProfile_ThrowsNamingModel()
    {
        var error = Assert.Throws<ArgumentException>(() => IdentityMatcher.Create(Profile.Profile, MatchModel.Initial(FebrlProfile.Default.Profile)));
        Assert.Equal("model", error.ParamName);
        Assert.Contains("febrl", error.Message, StringComparison.Ordinal);
    }

    [Property]
    public Property MatchModel_JsonRoundTrip_Lossless()
    {
        var gen = Gen.Choose(1, 999_999).Select(x => x / 1_000_000.0);
        return Prop.ForAll(gen.Zip(gen).ToArbitrary(), p =>
        {
            var model = MatchModel.Initial(Profile.Profile) with { Prior = p.Item1 };
            model = model with
            {
                Fields = model.Fields.Select(f => f with { Levels = f.Levels.Select(l => l with { M = p.Item2, FixedU = true }).ToArray() }).ToArray(),
            };
            var json = JsonSerializer.Serialize(model, IdentityJsonContext.Default.MatchModel);
            var back = JsonSerializer.Deserialize(json, IdentityJsonContext.Default.MatchModel)!;
            return JsonSerializer.Serialize(back, IdentityJsonContext.Default.MatchModel) == json && back.Prior == model.Prior && back.Mismatch(Profile.Profile) is null;
        });
    }
}
