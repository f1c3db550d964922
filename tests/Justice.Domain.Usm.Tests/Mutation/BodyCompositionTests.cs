using System.Globalization;
using Justice.Domain.Usm.Bodies;
using Justice.Domain.Usm.Regions;

namespace Justice.Domain.Usm.Tests.Mutation;

/// <summary>
/// The compositions of the national council (Statuts USM, art. 12) and of the national bureau (art. 16) at their edges:
/// each problem with its article and its counts, and the cases that are not problems.
/// </summary>
public class BodyCompositionTests
{
    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static List<CouncilSeat> Council(int presidents, int elected)
    {
        var seats = Enumerable.Range(1, presidents).Select(i => new CouncilSeat("pres" + I(i), CouncilSeatKind.President)).ToList();
        seats.AddRange(Enumerable.Range(1, elected).Select(i => new CouncilSeat("e" + I(i), CouncilSeatKind.ElectedMember)));
        return seats;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [Trait("Article", "Statuts USM, art. 12, al. 1")]
    public void CouncilCheck_NotOnePresident_NamesTheCount(int presidents)
    {
        var problem = Assert.Single(NationalCouncilComposition.Check(Council(presidents, 26)));
        Assert.False(problem.Allowed);
        Assert.Equal("the council has " + I(presidents) + " presidents; it has one", problem.Reason);
        Assert.Equal("Statuts USM, art. 12, al. 1", problem.Reference.ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void CouncilCheck_26Elected_NoProblem_27_CitesParagraph2()
    {
        Assert.Empty(NationalCouncilComposition.Check(Council(1, 26)));
        var problem = Assert.Single(NationalCouncilComposition.Check(Council(1, 27)));
        Assert.Equal("27 elected members; art. 12 sets 26", problem.Reason);
        Assert.Equal("Statuts USM, art. 12, al. 2", problem.Reference.ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12")]
    public void CouncilCheck_SameSeatTwice_NamedOnce_TwoKindsOfSeatAreNoProblem()
    {
        var seats = Council(1, 25);
        seats.Add(new CouncilSeat("e3", CouncilSeatKind.ElectedMember));
        seats.Add(new CouncilSeat("e4", CouncilSeatKind.CsmMember));
        var problem = Assert.Single(NationalCouncilComposition.Check(seats));
        Assert.Equal("member 'e3' holds the seat ElectedMember twice", problem.Reason);
        Assert.Equal("Statuts USM, art. 12", problem.Reference.ToString());

        // e3 counted once; e4's consultative seat adds no deliberative voice: 25 elected and the president.
        Assert.Equal(26, NationalCouncilComposition.DeliberativeMembers(seats));
    }

    private static List<BureauSeat> Bureau(params BureauPost[] posts) =>
        posts.Select((post, i) => new BureauSeat(post, "b" + I(i), TestMembers.Court(new[] { "Lyon", "Douai", "Rennes" }[i % 3]))).ToList();

    private static IEnumerable<string> Elected(int count) => Enumerable.Range(0, count).Select(I).Select(i => "b" + i);

    [Fact]
    [Trait("Article", "Statuts USM, art. 16, al. 1")]
    public void BureauCheck_PostMissingOrNationalSecretaryOnce_NamesHeldAndSeats()
    {
        // The vice-president's post is missing and one national secretary only: two posts wrong.
        var posts = NationalBureauComposition.Posts.Where(p => p != BureauPost.VicePresident).ToList();
        posts.Remove(BureauPost.NationalSecretary);
        var check = NationalBureauComposition.Check(Bureau([.. posts]), Elected(9), []);
        Assert.False(check.IsValid);
        Assert.Equal(
            ["post VicePresident is held 0 times; it has 1 seat(s)", "post NationalSecretary is held 1 times; it has 2 seat(s)"],
            check.Problems.Select(p => p.Reason));
        Assert.All(check.Problems, p => Assert.Equal("Statuts USM, art. 16, al. 1", p.Reference.ToString()));
        Assert.Equal(1, NationalBureauComposition.SeatsOf(BureauPost.VicePresident));
        Assert.Equal(2, NationalBureauComposition.SeatsOf(BureauPost.NationalSecretary));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 16, al. 1")]
    [Trait("Article", "Statuts USM, art. 16, al. 2")]
    public void BureauCheck_MemberWithTwoPosts_AndPresidentOutsideTheElected()
    {
        var seats = Bureau([.. NationalBureauComposition.Posts]);
        seats[8] = seats[8] with { MemberId = "b7" };

        // b0, the president, is elected by the assembly, not from the council's elected members (art. 16, al. 2).
        var check = NationalBureauComposition.Check(seats, Elected(9).Skip(1), []);
        var problem = Assert.Single(check.Problems);
        Assert.Equal("member 'b7' holds 2 posts", problem.Reason);
        Assert.Equal("Statuts USM, art. 16, al. 1", problem.Reference.ToString());

        seats = Bureau([.. NationalBureauComposition.Posts]);
        var notElected = NationalBureauComposition.Check(seats, Elected(9).Where(id => id != "b2"), []);
        Assert.Equal("member 'b2' (SecretaryGeneral) is not an elected member of the national council", Assert.Single(notElected.Problems).Reason);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 16, al. 3")]
    public void BureauCheck_TwoOtherCourts_ProblemNamesBothCounts_ThreeIsValidWithoutExcuse()
    {
        var seats = Bureau([.. NationalBureauComposition.Posts]);
        var three = NationalBureauComposition.Check(seats, Elected(9), []);
        Assert.True(three.IsValid);
        Assert.False(three.GeographicRuleExcused);
        Assert.Equal(["Douai", "Lyon", "Rennes"], three.DistinctOtherCourts);

        var two = seats.Select(s => s.Court!.Name == "Rennes" ? s with { Court = CourtOfAppeal.Paris } : s).ToList();
        var check = NationalBureauComposition.Check(two, Elected(9), [TestMembers.Court("Nancy"), null]);
        var problem = Assert.Single(check.Problems);
        Assert.False(check.GeographicRuleExcused);
        Assert.Equal("2 distinct cours d'appel other than Paris and Versailles on the bureau; at least 3 are required and the candidates offered 3", problem.Reason);
        Assert.Equal("Statuts USM, art. 16, al. 3", problem.Reference.ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 16, al. 3")]
    public void DistinctOtherCourts_SkipsUnknownAndParisVersailles_CountsEachCourtOnce()
    {
        CourtOfAppeal?[] courts = [null, CourtOfAppeal.Paris, TestMembers.Court("Versailles"), TestMembers.Court("Lyon"), TestMembers.Court("Lyon"), TestMembers.Court("Douai")];
        Assert.Equal(["Douai", "Lyon"], NationalBureauComposition.DistinctOtherCourts(courts));
    }
}
