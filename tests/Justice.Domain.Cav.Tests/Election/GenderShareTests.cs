using FsCheck.Xunit;
using Justice.Domain.Cav.Election;
using Xunit;

namespace Justice.Domain.Cav.Tests.Election;

public class GenderShareTests
{
    [Fact]
    [Trait("Article", "Décret 2025-659, art. 7")]
    public void Art7_PublishedPercentageOf12_FractionRoundedDownOrUp()
    {
        // An illustrative published share (the arrêté is not among the texts held): 73.22 % of 12 is 8.79 women, and
        // "where that gives a fraction the union may round up or down": 8 or 9.
        Assert.Equal([8, 9], GenderShare.FromPercentage(73.22m).AllowedWomen(12));
    }

    [Fact]
    public void AllowedWomen_WholeShare_GivesOneValue()
    {
        Assert.Equal([6], GenderShare.FromElectors(500, 500).AllowedWomen(12));
        Assert.Equal([0], GenderShare.FromElectors(0, 10).AllowedWomen(12));
    }

    [Property]
    public Property AllowedWomen_Property_BracketsTheExactShare()
    {
        var gen = Gen.Choose(0, 5000).Zip(Gen.Choose(0, 5000)).Where(t => t.Item1 + t.Item2 > 0).Zip(Gen.Choose(0, 40));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var ((w, m), n) = t;
            var allowed = GenderShare.FromElectors(w, m).AllowedWomen(n);
            var electors = w + m;
            return allowed.All(a => Math.Abs((a * electors) - (n * w)) < electors) && allowed.Any(a => a * electors <= n * w) && allowed.Any(a => a * electors >= n * w);
        });
    }

    [Fact]
    public void Default_NoShare_AllowedWomenAndListRulesThrowNamingIt()
    {
        Assert.Contains("GenderShare.FromElectors", Assert.Throws<InvalidOperationException>(() => default(GenderShare).AllowedWomen(12)).Message, StringComparison.Ordinal);
        Assert.Equal("no share", default(GenderShare).ToString());
        Assert.Contains("Electors", Assert.Throws<ArgumentOutOfRangeException>(() => new ListRules(6, new NodaTime.LocalDate(2026, 2, 6), default)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromPercentage_OutOfRange_ThrowsNamingTheArgument()
    {
        Assert.Contains("womenPercent", Assert.Throws<ArgumentOutOfRangeException>(() => GenderShare.FromPercentage(101m)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => GenderShare.FromPercentage(73.22001m));
        Assert.Throws<ArgumentOutOfRangeException>(() => GenderShare.FromElectors(0, 0));
    }
}
