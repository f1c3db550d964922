using Justice.Domain.Identity.Comparators;

namespace Justice.Domain.Identity.Tests.Comparators;

public sealed class JaroWinklerTests
{
    // Winkler (1990) / Cohen et al. published table.
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.944, 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.822, 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.767, 0.813)]
    public void Similarity_WinklerTable_MatchesPublishedValues(string a, string b, double jaro, double jaroWinkler)
    {
        Assert.Equal(jaro, JaroWinkler.Jaro(a, b), 3);
        Assert.Equal(jaroWinkler, JaroWinkler.Similarity(a, b), 3);
    }

    [Fact]
    public void Similarity_EmptyAndEqual_Bounds()
    {
        Assert.Equal(1.0, JaroWinkler.Similarity("", ""));
        Assert.Equal(0.0, JaroWinkler.Similarity("ABC", ""));
        Assert.Equal(1.0, JaroWinkler.Similarity("DUPONT", "DUPONT"));
        Assert.Equal(0.0, JaroWinkler.Similarity("ABC", "XYZ"));
    }

    [Fact]
    public void Similarity_RandomStrings_SymmetricAndInUnitInterval()
    {
        var word = Gen.Elements('A', 'B', 'C', 'D', 'E').ArrayOf().Select(c => new string(c));
        Prop.ForAll(word.Zip(word).ToArbitrary(), p =>
        {
            var s = JaroWinkler.Similarity(p.Item1, p.Item2);
            return s >= 0 && s <= 1 && Math.Abs(s - JaroWinkler.Similarity(p.Item2, p.Item1)) < 1e-12;
        }).QuickCheckThrowOnFailure();
    }
}
