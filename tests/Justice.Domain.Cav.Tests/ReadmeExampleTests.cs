using Justice.Domain.Cav.Composition;
using Justice.Domain.Cav.Election;
using Justice.Domain.Deliberation.Apportionment;
using NodaTime;
using Xunit;

namespace Justice.Domain.Cav.Tests;

public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_CompilesAndGivesTheStatedResults()
    {
        // Same code as src/Justice.Domain.Cav/README.md.
        var outcome = RepresentativeSeats.Allocate(6,
            [new ListVotes("USM", 6099), new ListVotes("SM", 2503), new ListVotes("UM-FO", 1251), new ListVotes("CFDT", 146)],
            lots: null);
        var usm = outcome.SeatsOf("USM");

        var timeline = CavRegimes.Timeline(new LocalDate(2022, 9, 1), new LocalDate(2026, 2, 13));
        var members = timeline.At(new LocalDate(2026, 3, 1)).TitularMembers;

        Assert.Equal(4, usm);
        Assert.Equal(1, outcome.SeatsOf("UM-FO"));
        Assert.Equal(13, members);
    }
}
