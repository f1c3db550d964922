using FsCheck.Xunit;
using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Core.Tests;

public class DateVersionedTests
{
    private static readonly LocalDate Epoch = new(2000, 1, 1);

    [Property]
    public Property At_AnyDate_ReturnsTheVersionWithTheLatestStartOnOrBeforeIt()
    {
        var arb = Gen.Choose(0, 3000).ArrayOf().Where(a => a.Length > 0).Select(a => a.Distinct().ToArray())
            .Zip(Gen.Choose(-500, 3500))
            .ToArbitrary();
        return Prop.ForAll(arb, input =>
        {
            var (offsets, queryOffset) = input;
            var versioned = new DateVersioned<int>("p", offsets.Select(o => new DateVersion<int>(Epoch.PlusDays(o), o)));
            var query = Epoch.PlusDays(queryOffset);
            var eligible = offsets.Where(o => Epoch.PlusDays(o) <= query).ToArray();
            if (eligible.Length == 0)
            {
                return !versioned.TryAt(query, out _) && Throws(() => versioned.At(query));
            }

            return versioned.At(query) == eligible.Max();
        });
    }

    [Fact]
    public void At_BeforeFirstVersion_ThrowsWithDateAndFirstStart()
    {
        var versioned = DateVersioned.Create("CAV composition rules", (new LocalDate(2026, 2, 1), "reformed"));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => versioned.At(new LocalDate(2026, 1, 31)));
        Assert.Contains("2026-01-31", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2026-02-01", ex.Message, StringComparison.Ordinal);
        Assert.Contains("CAV composition rules", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DuplicateStart_ThrowsNamingTheDate()
    {
        var ex = Assert.Throws<ArgumentException>(() => DateVersioned.Create("x", (Epoch, 1), (Epoch, 2)));
        Assert.Contains("2000-01-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoVersion_Throws()
    {
        Assert.Throws<ArgumentException>(() => DateVersioned.Create<int>("x"));
    }

    [Fact]
    public void EndOf_ReturnsDayBeforeNextStart()
    {
        var versioned = DateVersioned.Create("x", (Epoch, 1), (new LocalDate(2025, 12, 31), 2));
        Assert.Equal(new LocalDate(2025, 12, 30), versioned.EndOf(Epoch));
        Assert.Null(versioned.EndOf(new LocalDate(2025, 12, 31)));
    }

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            return true;
        }
    }
}
