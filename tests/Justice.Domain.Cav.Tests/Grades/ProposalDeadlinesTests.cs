using Justice.Domain.Cav.Grades;
using Justice.Domain.Core;
using NodaTime;
using Xunit;

namespace Justice.Domain.Cav.Tests.Grades;

public class ProposalDeadlinesTests
{
    [Fact]
    public void Check_SecondGrade_Before1February()
    {
        Assert.True(ProposalDeadlines.Check(Grade.SecondGrade, 2026, new LocalDate(2026, 1, 31)).InTime);
        var late = ProposalDeadlines.Check(Grade.SecondGrade, 2026, new LocalDate(2026, 2, 1));
        Assert.False(late.InTime);
        Assert.Equal(new LocalDate(2026, 2, 1), late.Deadline);
    }

    [Fact]
    public void Check_ThirdGrade_Before1June()
    {
        Assert.True(ProposalDeadlines.Check(Grade.ThirdGrade, 2027, new LocalDate(2027, 5, 31)).InTime);
        Assert.False(ProposalDeadlines.Check(Grade.ThirdGrade, 2027, new LocalDate(2027, 6, 1)).InTime);
    }

    [Fact]
    public void Check_SentInDecember2025ForThe2026Tableau_InTime()
    {
        Assert.True(ProposalDeadlines.Check(Grade.SecondGrade, 2026, new LocalDate(2025, 12, 15)).InTime);
    }

    [Fact]
    public void For_PremierGrade_Throws()
    {
        Assert.Contains("target", Assert.Throws<ArgumentOutOfRangeException>(() => ProposalDeadlines.For(Grade.FirstGrade, 2026)).Message, StringComparison.Ordinal);
    }
}
