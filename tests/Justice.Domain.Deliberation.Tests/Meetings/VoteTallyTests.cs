using Justice.Domain.Deliberation.Meetings;

namespace Justice.Domain.Deliberation.Tests.Meetings;

public class VoteTallyTests
{
    [Fact]
    public void Constructor_CountsWithinRange_GivesVotesCastAndTotal()
    {
        var tally = new VoteTally(5, 3, 2, 1, 1);
        Assert.Equal(8, tally.VotesCast);
        Assert.Equal(12, tally.Total);
    }

    [Fact]
    public void Constructor_NegativeCount_ThrowsNamingTheCount()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new VoteTally(1, 0, 0, -2));
        Assert.Contains("blank", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TotalAboveInt32_ThrowsNamingTheCountsInsteadOfOverflowingLater()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new VoteTally(int.MaxValue, int.MaxValue));
        Assert.Contains("yes + no + abstentions + blank + spoiled", error.Message, StringComparison.Ordinal);
        Assert.Contains("4294967294", error.Message, StringComparison.Ordinal);
    }
}
