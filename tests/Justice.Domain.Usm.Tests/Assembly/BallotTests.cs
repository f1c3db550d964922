using Justice.Domain.Usm.Assembly;
using Justice.Domain.Usm.Elections;

namespace Justice.Domain.Usm.Tests.Assembly;

public class BallotTests
{
    [Fact]
    public void Ctor_UndefinedOffice_ThrowsNamingOffice()
    {
        // An office outside the enum (a scenario file with "office": 99) must not be counted as a council ballot.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Ballot((ElectiveOffice)99, "l01", "l01", ["l02"]));
        Assert.Equal("Office", ex.ParamName);
        Assert.Contains("President", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctor_BlankVoter_ThrowsNamingVoterId() =>
        Assert.Equal("VoterId", Assert.ThrowsAny<ArgumentException>(() => new Ballot(ElectiveOffice.President, " ", "l01", [])).ParamName);
}
