using Justice.Domain.Cav.Election;
using Xunit;

namespace Justice.Domain.Cav.Tests.Election;

public class RepresentativeElectionTests
{
    [Fact]
    [Trait("Article", "Décret 2025-659, art. 14")]
    public void Count_2026_ElectedTakenInListOrderWithAsManyAlternates()
    {
        var usm = CandidateListValidatorTests.FullList("USM");
        var sm = CandidateListValidatorTests.FullList("SM", 8);
        var umfo = CandidateListValidatorTests.FullList("UM-FO");
        var cfdt = CandidateListValidatorTests.FullList("CFDT");
        var result = RepresentativeElection.Count(6, [(usm, 6099), (sm, 2503), (umfo, 1251), (cfdt, 146)], null);
        Assert.Equal(new[] { "USM 0", "USM 1", "USM 2", "USM 3" }, result.Elected[0].Titulars.ToArray());
        Assert.Equal(new[] { "USM 6", "USM 7", "USM 8", "USM 9" }, result.Elected[0].Alternates.ToArray());
        Assert.Equal(new[] { "SM 0" }, result.Elected[1].Titulars.ToArray());
        Assert.Equal(new[] { "SM 6" }, result.Elected[1].Alternates.ToArray());
        Assert.Empty(result.Elected[3].Titulars);
        Assert.All(result.Elected, e => Assert.Equal(0, e.Unfilled));
    }

    [Fact]
    public void Designate_ShortList_ReportsUnfilledSeats()
    {
        var list = CandidateListValidatorTests.FullList("USM");
        list = list with { Candidates = [.. list.Candidates.Take(8)] };
        var elected = RepresentativeElection.Designate(list, 4);
        Assert.Equal(4, elected.Titulars.Length);
        Assert.Equal(2, elected.Alternates.Length);
        Assert.Equal(2, elected.Unfilled);
    }
}
