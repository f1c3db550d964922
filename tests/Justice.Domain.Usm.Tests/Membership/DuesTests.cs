using Justice.Domain.Usm.Membership;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Membership;

public class DuesTests
{
    private static MembershipRecord Paid(params (int Year, LocalDate On)[] dues) =>
        new("m1", new LocalDate(2024, 6, 15), dues.Select(d => new DuesPayment(d.Year, d.On)).ToList());

    [Fact]
    [Trait("Article", "Statuts USM, art. 5, al. 2")]
    public void OwedFrom_Year_Is1January() => Assert.Equal(new LocalDate(2026, 1, 1), Dues.OwedFrom(2026));

    [Fact]
    [Trait("Article", "Statuts USM, art. 5, al. 2")]
    public void OwedOnJoining_InDecember_IsTheWholeYearNoProRata() =>
        Assert.Equal(120m, Dues.OwedOnJoining(120m, new LocalDate(2026, 12, 20)));

    [Fact]
    [Trait("Article", "Statuts USM, art. 6 c")]
    public void LapseDate_LastDues2025_Is1March2026() => Assert.Equal(new LocalDate(2026, 3, 1), Dues.LapseDate(2025));

    [Fact]
    [Trait("Article", "Statuts USM, art. 6 c")]
    public void Art6c_2026DuesUnpaidAt1March_MemberOn1March_LostFrom2March()
    {
        // "en l'absence de règlement de la cotisation au 1er mars": 1 March is the last day to pay (a payment that day is
        // in time), so the loss takes effect the next day.
        var record = Paid((2024, new LocalDate(2024, 6, 15)), (2025, new LocalDate(2025, 2, 1)));
        var before = Dues.StateOn(record, new LocalDate(2026, 3, 1));
        var after = Dues.StateOn(record, new LocalDate(2026, 3, 2));
        Assert.True(before.IsMember);
        Assert.False(before.IsUpToDate);
        Assert.False(after.IsMember);
        Assert.Equal(new LocalDate(2026, 3, 2), after.LostOn);
        Assert.Equal(MembershipLossCause.UnpaidDues, after.LossCause);
        Assert.Equal("Statuts USM, art. 6, c", after.Reference.ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 6 c")]
    public void StateOn_DuesPaidOn1March_StillMember()
    {
        var record = Paid((2025, new LocalDate(2025, 1, 10)), (2026, new LocalDate(2026, 3, 1)));
        Assert.True(Dues.StateOn(record, new LocalDate(2026, 11, 1)).IsMember);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 6 b")]
    public void StateOn_JoinedAnotherUnion_StruckOffByRight()
    {
        var record = Paid((2026, new LocalDate(2026, 1, 5))) with { JoinedAnotherUnionOn = new LocalDate(2026, 4, 1) };
        var state = Dues.StateOn(record, new LocalDate(2026, 4, 2));
        Assert.False(state.IsMember);
        Assert.Equal(MembershipLossCause.JoinedAnotherUnion, state.LossCause);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 6 a")]
    public void StateOn_ResignedBeforeLapse_ResignationIsTheCause()
    {
        var record = Paid((2025, new LocalDate(2025, 1, 5))) with { ResignedOn = new LocalDate(2025, 9, 1) };
        var state = Dues.StateOn(record, new LocalDate(2026, 6, 1));
        Assert.Equal(MembershipLossCause.Resignation, state.LossCause);
        Assert.Equal(new LocalDate(2025, 9, 1), state.LostOn);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-3, al. 2")]
    public void IsUpToDate_PaidOnTheEve_True_PaidOnTheDay_FalseForTheEve()
    {
        var record = Paid((2026, new LocalDate(2026, 11, 26)));
        Assert.False(Dues.IsUpToDate(record, new LocalDate(2026, 11, 25)));
        Assert.True(Dues.IsUpToDate(record, new LocalDate(2026, 11, 26)));
    }
}
