using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Tests.Scoring;

public sealed class VectorPatternsTests
{
    [Fact]
    public void Of_RepeatedVectors_DistinctOnesInFirstAppearanceOrderWithTheirCounts()
    {
        sbyte[] a = [0, -1, 2], b = [0, -1, 3], c = [1, 1, 1];
        var patterns = VectorPatterns.Of([a, b, [0, -1, 2], c, [0, -1, 2], [1, 1, 1]]);
        Assert.Equal(3, patterns.Count);
        Assert.Equal([a, b, c], Enumerable.Range(0, 3).Select(k => patterns[k]));
        Assert.Equal([3.0, 1.0, 2.0], Enumerable.Range(0, 3).Select(patterns.Multiplicity));
    }

    [Property]
    public Property Of_AnyVectors_MultiplicitiesCountEachVectorOnce()
    {
        var vector = Gen.ArrayOf(Gen.Choose(-1, 3).Select(x => (sbyte)x), 4);
        return Prop.ForAll(Gen.ListOf(vector).Select(v => v.ToArray()).ToArbitrary(), vectors =>
        {
            var patterns = VectorPatterns.Of(vectors);
            var expected = vectors.GroupBy(v => string.Join(',', v)).Select(g => (g.Key, (double)g.Count())).ToArray();
            var actual = Enumerable.Range(0, patterns.Count).Select(k => (string.Join(',', patterns[k]), patterns.Multiplicity(k))).ToArray();
            return expected.SequenceEqual(actual);
        });
    }
}
