using FsCheck.Xunit;
using Justice.Domain.Identity.Text;

namespace Justice.Domain.Identity.Tests.Text;

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

    [Property]
    public Property Similarity_RandomStrings_SymmetricAndInUnitInterval()
    {
        var word = Gen.Elements('A', 'B', 'C', 'D', 'E').ArrayOf().Select(c => new string(c));
        return Prop.ForAll(word.Zip(word).ToArbitrary(), p =>
        {
            var s = JaroWinkler.Similarity(p.Item1, p.Item2);
            return s >= 0 && s <= 1 && Math.Abs(s - JaroWinkler.Similarity(p.Item2, p.Item1)) < 1e-12;
        });
    }

    [Property]
    public Property UpperBound_RandomStrings_NeverBelowSimilarity()
    {
        var word = Gen.Elements('A', 'B', 'E', 'M', 'N', 'R', '-', 'a', '\u00C9').ArrayOf().Select(c => new string(c));
        return Prop.ForAll(word.Zip(word).ToArbitrary(), p => JaroWinkler.UpperBound(p.Item1, p.Item2) >= JaroWinkler.Similarity(p.Item1, p.Item2))
            ;
    }

    [Theory]
    [InlineData("EMMA", "JEAN")]
    [InlineData("MARTIN", "MARTEN")]
    [InlineData("DIXON", "DICKSONX")]
    public void UpperBound_Names_AtLeastSimilarityAndBelowOneWhenFarApart(string a, string b)
    {
        Assert.True(JaroWinkler.UpperBound(a, b) >= JaroWinkler.Similarity(a, b));
        Assert.True(JaroWinkler.UpperBound("EMMA", "JEAN") < 0.80);
    }

    [Property]
    public Property Jaro_RandomStrings_AgreesWithReferenceImplementation()
    {
        var word = Gen.Elements('A', 'B', 'C', 'D').ArrayOf().Where(a => a.Length <= 70).Select(c => new string(c));
        return Prop.ForAll(word.Zip(word).ToArbitrary(), p => Math.Abs(JaroWinkler.Jaro(p.Item1, p.Item2) - Reference(p.Item1, p.Item2)) < 1e-12)
            ;
    }

    // Straight from the definition: matches within the window, then half the out-of-order matches.
    private static double Reference(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0) return 1;
        if (a.Length == 0 || b.Length == 0) return 0;
        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        var aMatched = new bool[a.Length];
        var bMatched = new bool[b.Length];
        var m = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = Math.Max(0, i - window); j <= Math.Min(b.Length - 1, i + window); j++)
            {
                if (!bMatched[j] && a[i] == b[j])
                {
                    aMatched[i] = bMatched[j] = true;
                    m++;
                    break;
                }
            }
        }

        if (m == 0) return 0;
        var left = a.Where((_, i) => aMatched[i]).ToArray();
        var right = b.Where((_, j) => bMatched[j]).ToArray();
        var half = left.Zip(right).Count(x => x.First != x.Second);
        return ((double)m / a.Length + (double)m / b.Length + (m - (half / 2)) / (double)m) / 3;
    }
}
