using FsCheck.Xunit;
using Justice.Domain.Usm.Bodies;
using Justice.Domain.Usm.Regions;

namespace Justice.Domain.Usm.Tests.Bodies;

public class NationalBureauCompositionTests
{
    private static readonly string[] CourtNames = ["Paris", "Versailles", "Lyon", "Douai", "Rennes", "Bordeaux", "Nancy"];

    [Fact]
    [Trait("Article", "Statuts USM, art. 16, al. 1")]
    public void Posts_NineSeatsTwoNationalSecretaries()
    {
        Assert.Equal(9, NationalBureauComposition.Posts.Count);
        Assert.Equal(2, NationalBureauComposition.Posts.Count(p => p == BureauPost.NationalSecretary));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 16, al. 3")]
    public void Check_ThreeDistinctCourtsOtherThanParisVersailles_Valid()
    {
        var check = NationalBureauComposition.Check(Bureau("Paris", "Versailles", "Lyon", "Douai", "Rennes", "Paris", "Paris", "Paris", "Paris"), Elected(), []);
        Assert.True(check.IsValid, string.Join("; ", check.Problems));
        Assert.Equal(["Douai", "Lyon", "Rennes"], check.DistinctOtherCourts);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 16, al. 3")]
    public void Check_TwoOtherCourtsWhenCandidatesOfferedThree_Invalid()
    {
        var check = NationalBureauComposition.Check(Bureau("Paris", "Versailles", "Lyon", "Lyon", "Douai", "Paris", "Paris", "Paris", "Paris"), Elected(), [TestMembers.Court("Nancy")]);
        Assert.False(check.IsValid);
        Assert.Equal("Statuts USM, art. 16, al. 3", Assert.Single(check.Problems).Reference.ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 16, al. 3")]
    public void Check_TwoOtherCourtsAndNoOtherCandidate_ExcusedByDefaultOfCandidacy()
    {
        var check = NationalBureauComposition.Check(Bureau("Paris", "Versailles", "Lyon", "Lyon", "Douai", "Paris", "Paris", "Paris", "Paris"), Elected(), [CourtOfAppeal.Paris]);
        Assert.True(check.IsValid);
        Assert.True(check.GeographicRuleExcused);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 16, al. 2")]
    public void Check_MemberNotElectedToTheCouncil_NamedInTheProblem()
    {
        var seats = Bureau("Paris", "Versailles", "Lyon", "Douai", "Rennes", "Paris", "Paris", "Paris", "Paris");
        seats[3] = seats[3] with { MemberId = "stranger" };
        var check = NationalBureauComposition.Check(seats, Elected(), []);
        Assert.Contains(check.Problems, p => p.Reason.Contains("'stranger'", StringComparison.Ordinal) && p.Reference.ToString() == "Statuts USM, art. 16, al. 2");
    }

    [Property]
    [Trait("Article", "Statuts USM, art. 16, al. 3")]
    public Property Property_WhenCandidatesOfferThreeOtherCourts_AGreedyBureauSatisfiesTheRule()
    {
        var pool = Gen.Elements(CourtNames).ArrayOf().Where(a => a.Length >= 9).ToArbitrary();
        return Prop.ForAll(pool, courts =>
        {
            var candidates = courts.Select((c, i) => (Id: "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Court: TestMembers.Court(c))).ToList();
            var offered = NationalBureauComposition.DistinctOtherCourts(candidates.Select(c => (CourtOfAppeal?)c.Court));
            // Greedy: one candidate of each distinct other court first, then anyone.
            var firsts = offered.Take(3).Select(name => candidates.First(c => c.Court.Name == name)).ToList();
            var chosen = firsts.Concat(candidates.Except(firsts)).Take(9).ToList();
            var seats = NationalBureauComposition.Posts.Select((post, i) => new BureauSeat(post, chosen[i].Id, chosen[i].Court)).ToList();
            var check = NationalBureauComposition.Check(seats, candidates.Select(c => c.Id), candidates.Select(c => (CourtOfAppeal?)c.Court));
            return check.IsValid && (offered.Count < 3 ? check.GeographicRuleExcused : check.DistinctOtherCourts.Count >= 3);
        });
    }

    private static List<BureauSeat> Bureau(params string[] courts) =>
        NationalBureauComposition.Posts.Select((post, i) => new BureauSeat(post, "b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), TestMembers.Court(courts[i]))).ToList();

    private static IEnumerable<string> Elected() => Enumerable.Range(0, 9).Select(i => "b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
