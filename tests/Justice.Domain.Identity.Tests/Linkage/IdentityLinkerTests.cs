using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Scoring;
using static Justice.Domain.Identity.Tests.People;

namespace Justice.Domain.Identity.Tests.Linkage;

public sealed class IdentityLinkerTests
{
    private static readonly CivilStatusProfile Profile = CivilStatusProfile.Default;
    private static readonly IdentityMatcher Matcher = IdentityMatcher.Create(Profile.Profile, MatchModel.Initial(Profile.Profile));

    private static PreparedRecord[] Records() =>
    [
        Profile.Prepare(Person("1", "Dupont", "Jean", "1970-03-12")),
        Profile.Prepare(Person("2", "DUPONT", "Jean", "1970-03-12", commune: "75115")),
        Profile.Prepare(Person("3", "Martin", "Claire", "1985-06-01", sex: Justice.Domain.Identity.Records.Sex.Female)),
        Profile.Prepare(Person("4", "Jean", "Dupont", "1970-03-12")),
        Profile.Prepare(Person("5", "Bernard", "Luc", "1950-01-01")),
    ];

    [Fact]
    public void Deduplicate_EveryIdOnce_DuplicatesClustered()
    {
        var result = IdentityLinker.Deduplicate(Matcher, Records());
        Assert.Equal(["1", "2", "3", "4", "5"], result.Assignments.Select(a => a.Id));
        var cluster = result.Assignments.ToDictionary(a => a.Id, a => a.ClusterId);
        Assert.Equal("1", cluster["2"]);
        Assert.Equal("3", cluster["3"]);
        Assert.Equal("5", cluster["5"]);
        Assert.True(result.CandidatePairs >= 3);
    }

    [Fact]
    public void Link_PairsAcrossDatasetsOnly()
    {
        var records = Records();
        var result = IdentityLinker.Link(Matcher, records[..1], records[1..]);
        Assert.Equal(5, result.Assignments.Count);
        Assert.Equal("1", result.Assignments.Single(a => a.Dataset == 1 && a.Id == "2").ClusterId);
        Assert.Equal(1, result.Assignments.Count(a => a.Dataset == 0));
    }

    [Fact]
    public void Find_RanksTheSamePersonFirst_WithExplanation()
    {
        var filler = Enumerable.Range(0, 500).Select(i => Profile.Prepare(Person("f" + i, Letters(i), Letters(i * 7 + 3), "1970-03-12")));
        var index = IdentityIndex.Build(Matcher, Records().Concat(filler).ToArray());
        var found = index.Find(Profile.Prepare(Person("q", "Dupont", "Jean", "1970-03-12", commune: "75101")), 3);
        Assert.Equal(1, found[0].Rank);
        Assert.Contains(found[0].Comparison.RightId, new[] { "1", "2" });
        Assert.Equal(MatchBand.Match, found[0].Comparison.Band);
        Assert.True(found.Zip(found.Skip(1)).All(p => p.First.Comparison.Weight >= p.Second.Comparison.Weight));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Find(Profile.Prepare(Person("q", "A", "B", "1970-01-01")), 0));
    }

    private static string Letters(int i) => new(new[] { (char)('B' + (i % 20)), 'O', (char)('C' + (i / 20 % 20)), 'A', (char)('D' + (i / 400 % 20)) });
}
