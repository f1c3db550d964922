using Justice.Domain.Usm.Membership;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Mutation;

/// <summary>
/// The loss of membership (Statuts USM, art. 6) and the dues (art. 5, al. 2) at their edges: each cause with its day,
/// its reason and its letter of art. 6, the earliest cause winning, the first unpaid year found between paid ones, and
/// the bounds of the years.
/// </summary>
public class MembershipStateTests
{
    private static readonly LocalDate Joined = new(2020, 1, 1);

    private static MembershipRecord Paying(params int[] years) =>
        new("m1", Joined, years.Select(y => new DuesPayment(y, new LocalDate(y, 1, 10))).ToList());

    [Fact]
    [Trait("Article", "Statuts USM, art. 4, al. 1")]
    public void StateOn_BeforeJoining_NotYetAMember()
    {
        var state = Dues.StateOn(Paying(2020), new LocalDate(2019, 12, 31));
        Assert.False(state.IsMember);
        Assert.False(state.IsUpToDate);
        Assert.Null(state.LostOn);
        Assert.Equal("not yet a member: joined on 2020-01-01", state.Reason);
        Assert.Equal("Statuts USM, art. 4, al. 1", state.Reference.ToString());
        Assert.True(Dues.StateOn(Paying(2020), Joined).IsMember);
    }

    [Theory]
    [InlineData("resigned", "2026-05-04", MembershipLossCause.Resignation, "resigned on 2026-05-04", "Statuts USM, art. 6, a")]
    [InlineData("other union", "2026-05-04", MembershipLossCause.JoinedAnotherUnion, "struck off by right: joined another union of judicial magistrates on 2026-05-04", "Statuts USM, art. 6, b")]
    [InlineData("excluded", "2026-05-04", MembershipLossCause.Exclusion, "excluded by the national council on 2026-05-04", "Statuts USM, art. 6, d")]
    [Trait("Article", "Statuts USM, art. 6")]
    public void StateOn_EachCause_FromItsDayWithItsLetter(string cause, string day, MembershipLossCause expected, string reason, string article)
    {
        var on = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        var record = Paying(2025, 2026);
        record = cause switch
        {
            "resigned" => record with { ResignedOn = on },
            "other union" => record with { JoinedAnotherUnionOn = on },
            _ => record with { ExcludedOn = on },
        };
        var before = Dues.StateOn(record, on.PlusDays(-1));
        Assert.True(before.IsMember);
        Assert.True(before.IsUpToDate);
        Assert.Equal("member, dues of the year paid", before.Reason);
        Assert.Equal("Statuts USM, art. 5, al. 2", before.Reference.ToString());

        var after = Dues.StateOn(record, on);
        Assert.False(after.IsMember);
        Assert.False(after.IsUpToDate);
        Assert.Equal((on, expected), (after.LostOn!.Value, after.LossCause!.Value));
        Assert.Equal(reason, after.Reason);
        Assert.Equal(article, after.Reference.ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 6")]
    public void StateOn_TwoCauses_TheEarliestWins_ThenTheOrderOfArticle6()
    {
        var record = Paying(2025, 2026) with { ExcludedOn = new LocalDate(2026, 4, 1), ResignedOn = new LocalDate(2026, 5, 1) };
        Assert.Equal(MembershipLossCause.Exclusion, Dues.StateOn(record, new LocalDate(2026, 6, 1)).LossCause);

        // The same day: a (resignation) before d (exclusion).
        var sameDay = record with { ResignedOn = new LocalDate(2026, 4, 1) };
        Assert.Equal(MembershipLossCause.Resignation, Dues.StateOn(sameDay, new LocalDate(2026, 6, 1)).LossCause);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 6, c")]
    public void StateOn_YearMissingBetweenPaidYears_LapsedOn2MarchOfThatYear()
    {
        // Dues of 2023 and 2025 paid, not those of 2024: unpaid at 1 March 2024, no longer a member from 2 March 2024.
        var record = Paying(2023, 2025);
        Assert.True(Dues.StateOn(record, new LocalDate(2024, 3, 1)).IsMember);
        var state = Dues.StateOn(record, new LocalDate(2024, 3, 2));
        Assert.False(state.IsMember);
        Assert.Equal(MembershipLossCause.UnpaidDues, state.LossCause);
        Assert.Equal(new LocalDate(2024, 3, 2), state.LostOn);
        Assert.Equal("dues of 2024 unpaid at 2024-03-01, the day limit", state.Reason);
        Assert.Equal("Statuts USM, art. 6, c", state.Reference.ToString());
        Assert.False(Dues.StateOn(record, new LocalDate(2025, 6, 1)).IsMember);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 6, c")]
    public void StateOn_NextDuesPaidOn1March_InTime_On2March_Lapsed()
    {
        var inTime = new MembershipRecord("m1", Joined, [new DuesPayment(2025, new LocalDate(2025, 1, 10)), new DuesPayment(2026, new LocalDate(2026, 3, 1))]);
        Assert.True(Dues.StateOn(inTime, new LocalDate(2026, 12, 31)).IsMember);
        var late = inTime with { Dues = [new DuesPayment(2025, new LocalDate(2025, 1, 10)), new DuesPayment(2026, new LocalDate(2026, 3, 2))] };
        Assert.False(Dues.StateOn(late, new LocalDate(2026, 3, 2)).IsMember);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-3, al. 2")]
    public void StateOn_MemberWithoutTheYearsDues_NotUpToDateAndSaysSo()
    {
        var state = Dues.StateOn(Paying(2026), new LocalDate(2026, 1, 9));
        Assert.True(state.IsMember);
        Assert.False(state.IsUpToDate);
        Assert.Equal("member, dues of the year not yet paid", state.Reason);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 5, al. 2")]
    public void Years_From1900To9998()
    {
        Assert.Equal(new LocalDate(1900, 1, 1), Dues.OwedFrom(1900));
        Assert.Equal(new LocalDate(9998, 1, 1), Dues.OwedFrom(9998));
        Assert.Equal(new LocalDate(9999, 3, 1), Dues.LapseDate(9998));
        Assert.Equal(new LocalDate(1901, 3, 1), Dues.LapseDate(1900));
        Assert.Throws<ArgumentOutOfRangeException>(() => Dues.OwedFrom(1899));
        Assert.Throws<ArgumentOutOfRangeException>(() => Dues.LapseDate(9999));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 5, al. 2")]
    public void OwedOnJoining_ZeroIsOwedNegativeNamesTheAmount()
    {
        Assert.Equal(0m, Dues.OwedOnJoining(0m, new LocalDate(2026, 7, 1)));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Dues.OwedOnJoining(-1m, new LocalDate(2026, 7, 1)));
        Assert.Equal("yearlyAmount", error.ParamName);
        Assert.Contains("0 or more", error.Message, StringComparison.Ordinal);
    }
}
