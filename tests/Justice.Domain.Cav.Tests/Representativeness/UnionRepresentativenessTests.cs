using Justice.Domain.Cav.Representativeness;
using Xunit;

namespace Justice.Domain.Cav.Tests.Representativeness;

public class UnionRepresentativenessTests
{
    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 10-1, II")]
    public void Assess_2026Results_SeatOrMinimumShare()
    {
        UnionResult[] results = [new("USM", 6099, 4), new("SM", 2503, 1), new("UM-FO", 1251, 1), new("CFDT", 146, 0)];
        var decisions = UnionRepresentativeness.Assess(results, 6m);
        Assert.Equal([true, true, true, false], decisions.Select(d => d.IsRepresentative));
        Assert.Contains("1.46 %", decisions[3].Reason, StringComparison.Ordinal);
        Assert.Equal("Ord. 58-1270, art. 10-1, II", decisions[3].Reference.ToString());
        Assert.True(UnionRepresentativeness.Assess(results, 1.46m)[3].IsRepresentative);
    }

    [Fact]
    public void Assess_NoSeatButExactlyTheMinimum_IsRepresentative()
    {
        var decisions = UnionRepresentativeness.Assess([new("A", 94, 6), new("B", 6, 0)], 6m);
        Assert.True(decisions[1].IsRepresentative);
        Assert.False(UnionRepresentativeness.Assess([new("A", 95, 6), new("B", 5, 0)], 6m)[1].IsRepresentative);
    }

    [Fact]
    public void Assess_BadInput_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UnionRepresentativeness.Assess([new("A", 1, 0)], 101m));
        Assert.Contains("Votes", Assert.Throws<ArgumentOutOfRangeException>(() => new UnionResult("A", -1, 0)).Message, StringComparison.Ordinal);
    }
}
