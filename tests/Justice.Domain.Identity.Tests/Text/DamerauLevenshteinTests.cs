using FsCheck.Xunit;
using Justice.Domain.Identity.Text;

namespace Justice.Domain.Identity.Tests.Text;

public sealed class DamerauLevenshteinTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("CA", "ABC", 3)] // OSA; the unrestricted Damerau-Levenshtein distance is 2
    [InlineData("ab", "ba", 1)]
    [InlineData("19850312", "19850321", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("MARTIN", "MARTIN", 0)]
    [InlineData("a cat", "an act", 2)]
    public void Distance_PublishedVectors_Expected(string a, string b, int expected) => Assert.Equal(expected, DamerauLevenshtein.Distance(a, b));

    [Property]
    public Property Distance_RandomStrings_AgreesWithReferenceRecursion()
    {
        var word = Gen.Elements('A', 'B', 'C').ArrayOf().Where(a => a.Length <= 7).Select(c => new string(c));
        return Prop.ForAll(word.Zip(word).ToArbitrary(), p => DamerauLevenshtein.Distance(p.Item1, p.Item2) == Reference(p.Item1, p.Item2))
            ;
    }

    private static int Reference(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
