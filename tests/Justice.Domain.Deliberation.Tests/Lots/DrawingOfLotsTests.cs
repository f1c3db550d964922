using FsCheck.Xunit;
using Justice.Domain.Deliberation.Lots;

namespace Justice.Domain.Deliberation.Tests.Lots;

public class DrawingOfLotsTests
{
    // RFC 3797, § 6 ("Fully Worked Example"): the pool of 25 volunteers, three entropy sources, ten selections.
    internal static readonly string[] RfcPool =
    [
        "John", "Mary", "Bashful", "Dopey", "Sleepy", "Grouchy", "Doc", "Sneazy", "Handsome", "Cassandra",
        "Pollyanna", "Pendragon", "Pandora", "Faith", "Hope", "Charity", "Lee", "Longsuffering", "Chastity", "Smith",
        "Pride", "Sloth", "Envy", "Anger", "Kasczynski",
    ];

    internal static DrawingOfLots RfcSources() => DrawingOfLots.FromSources(
        EntropySource.Integers("source 1", 9319),
        EntropySource.Integers("source 2", 2, 5, 12, 8, 10),
        EntropySource.Integers("source 3", 9, 18, 26, 34, 41, 45));

    [Fact]
    [Trait("Article", "RFC 3797, § 6")]
    public void KeyString_Rfc3797WorkedExample_IsCanonical()
    {
        Assert.Equal("9319./2.5.8.10.12./9.18.26.34.41.45./", RfcSources().KeyString);
    }

    [Fact]
    [Trait("Article", "RFC 3797, § 6")]
    public void Draw_Rfc3797WorkedExample_ReproducesTheTenSelectionsAndDigests()
    {
        var draw = RfcSources().Draw(RfcPool, 10);

        Assert.Equal(["Lee", "Doc", "Mary", "Charity", "Kasczynski", "Envy", "Sneazy", "Anger", "Chastity", "Pandora"], draw.Selected.ToArray());
        Assert.Equal("990DD0A5692A029A98B5E01AA28F3459", draw.Steps[0].Md5);
        Assert.Equal(17, draw.Steps[0].Position);
        Assert.Equal(25, draw.Steps[0].Remaining);
        Assert.Equal("31CB111C4A4EBE9287CEAE16FE51B909", draw.Steps[9].Md5);
        Assert.Equal(16, draw.Steps[9].Remaining);
        Assert.Equal("9319./2.5.8.10.12./9.18.26.34.41.45./", draw.KeyString);
    }

    [Fact]
    [Trait("Article", "RFC 3797, § 6")]
    public void ToText_Rfc3797WorkedExample_PrintsTheKeyThePoolAndEverySelection()
    {
        var text = RfcSources().Draw(RfcPool, 10).ToText();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("drawing of lots (RFC 3797", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("selected Lee, Doc, Mary, Charity, Kasczynski, Envy, Sneazy, Anger, Chastity, Pandora", lines[0], StringComparison.Ordinal);
        Assert.Equal("  key string: 9319./2.5.8.10.12./9.18.26.34.41.45./", lines[2]);
        Assert.StartsWith("  pool: 1. " + RfcPool[0] + ", 2. " + RfcPool[1], lines[3], StringComparison.Ordinal);
        Assert.Equal("  selection 0: MD5 990DD0A5692A029A98B5E01AA28F3459, 25 remaining, position 17 → Lee", lines[4]);
        Assert.Equal(4 + 10, lines.Length);
    }

    [Fact]
    public void ToText_Seeded_PrintsTheSeed()
    {
        var text = DrawingOfLots.Seeded(20260212).Draw(["A", "B", "C"], 1).ToText();

        Assert.Contains("  seeded: 20260212\n", text, StringComparison.Ordinal);
    }

    [Property]
    public Property Draw_SameEntropy_ReplaysIdentically()
    {
        var arb = Gen.Choose(0, 99999).ArrayOf().Where(a => a.Length > 0)
            .Zip(Gen.Choose(1, 40))
            .ToArbitrary();
        return Prop.ForAll(arb, input =>
        {
            var (numbers, poolSize) = input;
            var pool = Enumerable.Range(1, poolSize).Select(i => "m" + i).ToArray();
            var lots = DrawingOfLots.FromSources(EntropySource.Integers("s", numbers.Select(n => (long)n).ToArray()));
            var first = lots.Draw(pool, poolSize / 2, "tie");
            var again = DrawingOfLots.FromSources(EntropySource.Integers("s", numbers.Reverse().Select(n => (long)n).ToArray())).Draw(pool, poolSize / 2, "tie");
            return first.Selected.SequenceEqual(again.Selected) && first.KeyString == again.KeyString
                && first.Selected.Distinct().Count() == first.Selected.Length;
        });
    }

    [Fact]
    public void Draw_Seeded_IsReproducibleAndRecordsTheSeed()
    {
        var pool = new[] { "A", "B", "C", "D" };
        var first = DrawingOfLots.Seeded(42).Draw(pool, 2);
        var second = DrawingOfLots.Seeded(42).Draw(pool, 2);
        Assert.Equal(first.Selected.ToArray(), second.Selected.ToArray());
        Assert.Equal(LotMode.Seeded, first.Mode);
        Assert.Equal(42, first.Seed);
        Assert.Equal("42./", first.KeyString);
    }

    [Fact]
    public void Draw_ExtraKey_IsAppendedCanonically()
    {
        var draw = DrawingOfLots.Seeded(7).Draw(["A", "B"], 1, "tie: seat 5");
        Assert.Equal("7./TIESEAT5./", draw.KeyString);
    }

    [Fact]
    public void FromText_RemovesAccentsPunctuationAndUpperCases()
    {
        Assert.Equal("CAC40CLOTURE./", EntropySource.FromText("t", "CAC 40 — clôture").Canonical);
    }

    [Fact]
    public void Integers_NegativeNumber_ThrowsNamingTheSource()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => EntropySource.Integers("Loto", 3, -1));
        Assert.Contains("Loto", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Draw_DuplicatePoolItem_ThrowsNamingTheItem()
    {
        var ex = Assert.Throws<ArgumentException>(() => DrawingOfLots.Seeded(1).Draw(["A", "B", "A"], 1));
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSources_None_ThrowsCitingTheRfc()
    {
        var ex = Assert.Throws<ArgumentException>(() => DrawingOfLots.FromSources());
        Assert.Contains("RFC 3797", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromText_NoLetterOrDigit_ThrowsNamingTheSource()
    {
        var ex = Assert.Throws<ArgumentException>(() => EntropySource.FromText("Le Monde", " — ! "));
        Assert.Contains("'Le Monde'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NumbersOrText_ChoosesTheKind()
    {
        Assert.Equal("2.5.8.10.12./", EntropySource.Parse("s", "2, 5, 12, 8, 10").Canonical);
        Assert.Equal("W41./", EntropySource.Parse("s", "W 4-1").Canonical);
    }

    [Fact]
    public void Draw_CountAbovePool_ThrowsWithTheRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DrawingOfLots.Seeded(1).Draw(["A", "B"], 3));
        Assert.Contains("count", ex.Message, StringComparison.Ordinal);
    }
}
