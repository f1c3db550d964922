using FsCheck.Xunit;
using System.Globalization;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Usm.Elections;
using Justice.Domain.Usm.Bodies;
using Justice.Domain.Usm.Grades;
using Justice.Domain.Usm.Readings;

namespace Justice.Domain.Usm.Tests.Elections;

public class UsmElectionsTests
{
    private static readonly DrawingOfLots Lots = DrawingOfLots.Seeded(7);

    /// <summary>Candidates o00, o01… of the "other" category with 100, 101… votes.</summary>
    private static (Dictionary<string, long> Votes, Dictionary<string, CouncilCandidateCategory> Categories) Others(int count)
    {
        var votes = new Dictionary<string, long>();
        var categories = new Dictionary<string, CouncilCandidateCategory>();
        for (var i = 0; i < count; i++)
        {
            votes["o" + i.ToString("00", CultureInfo.InvariantCulture)] = 100 + i;
            categories["o" + i.ToString("00", CultureInfo.InvariantCulture)] = CouncilCandidateCategory.Other;
        }

        return (votes, categories);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void Council_EntryGradeCandidatesBelowTheTop26_StillGetEightSeats()
    {
        var (votes, categories) = Others(30);

        for (var i = 0; i < 9; i++)
        {
            votes["e" + i.ToString(CultureInfo.InvariantCulture)] = 10 + i;
            categories["e" + i.ToString(CultureInfo.InvariantCulture)] = CouncilCandidateCategory.EntryGradeOrAuditeur;
        }

        votes["h"] = 1;
        categories["h"] = CouncilCandidateCategory.Honorary;
        var outcome = UsmElections.Council(votes, categories, Lots);
        Assert.Equal(26, outcome.Elected.Length);
        Assert.Equal(8, outcome.Elected.Count(e => e.Seat == UsmElections.EntryGradeCategory));
        Assert.Single(outcome.Elected, e => e.Seat == UsmElections.HonoraryCategory);
        Assert.DoesNotContain(outcome.Elected, e => e.Id == "e0");
        Assert.Equal(17, outcome.Elected.Count(e => e.Seat == "general"));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void Art12Al2_TwoHonoraryCandidatesInTheTop26_BothSitByDefault_OneUnderExactlyOne()
    {
        // "dont un (1) conseiller est élu parmi les magistrats honoraires": 30 others with 100 to 129 votes; honorary h1
        // and h2 with 500 and 400 votes. At least one (default): both sit, o05 does not. Exactly one: h2 gives way to o05.
        var (votes, categories) = Others(30);
        votes["h1"] = 500;
        votes["h2"] = 400;
        categories["h1"] = CouncilCandidateCategory.Honorary;
        categories["h2"] = CouncilCandidateCategory.Honorary;
        var atLeastOne = UsmElections.Council(votes, categories, Lots);
        Assert.Contains(atLeastOne.Elected, e => e.Id == "h2" && e.Seat == "general");
        var exactlyOne = UsmElections.Council(votes, categories, Lots, HonorarySeatReading.ExactlyOne);
        Assert.DoesNotContain(exactlyOne.Elected, e => e.Id == "h2");
        Assert.Contains(exactlyOne.Elected, e => e.Id == "o05");
        Assert.DoesNotContain(atLeastOne.Elected, e => e.Id == "o05");
        Assert.Equal(26, exactlyOne.Elected.Length);
        Assert.Single(exactlyOne.Elected, e => e.Id.StartsWith('h'));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 16, al. 2")]
    public void Art16Al2_BureauPost_ElectedByTheCouncilAmongItsElectedMembers_TieToThePresidentsChoice()
    {
        string[] elected = ["e1", "e2", "e3"];
        var plain = UsmElections.BureauPost(BureauPost.SecretaryGeneral, new Dictionary<string, long> { ["e1"] = 15, ["e2"] = 12 }, elected);
        Assert.Equal("e1", plain.Winner);
        var tie = new Dictionary<string, long> { ["e1"] = 13, ["e2"] = 13 };
        Assert.Equal("e2", UsmElections.BureauPost(BureauPost.SecretaryGeneral, tie, elected, presidentVotedFor: "e2").Winner);
        Assert.False(UsmElections.BureauPost(BureauPost.SecretaryGeneral, tie, elected).IsComplete);
        var outsider = Assert.Throws<ArgumentException>(() => UsmElections.BureauPost(BureauPost.NationalTreasurer, new Dictionary<string, long> { ["x9"] = 3 }, elected));
        Assert.Contains("'x9'", outsider.Message, StringComparison.Ordinal);
        Assert.Contains("art. 16, al. 2", outsider.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => UsmElections.BureauPost(BureauPost.President, new Dictionary<string, long> { ["e1"] = 3 }, elected));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void Council_NoHonoraryCandidate_SeatReturnsToTheGeneralPool()
    {
        var votes = Enumerable.Range(0, 30).ToDictionary(i => "o" + i.ToString(CultureInfo.InvariantCulture), i => (long)i);
        var categories = votes.Keys.ToDictionary(k => k, _ => CouncilCandidateCategory.Other);
        var outcome = UsmElections.Council(votes, categories, Lots);
        Assert.Equal(26, outcome.Elected.Length);
        Assert.True(outcome.IsComplete);
    }

    [Property]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public Property Property_ReservedSeatsAreNeverTakenFromACategoryWithCandidates()
    {
        var gen = Gen.Choose(0, 2).Zip(Gen.Choose(0, 50)).ArrayOf().Where(a => a.Length > 0).ToArbitrary();
        return Prop.ForAll(gen, pool =>
        {
            var votes = new Dictionary<string, long>();
            var categories = new Dictionary<string, CouncilCandidateCategory>();
            for (var i = 0; i < pool.Length; i++)
            {
                var id = "c" + i.ToString(CultureInfo.InvariantCulture);
                votes[id] = pool[i].Item2;
                categories[id] = (CouncilCandidateCategory)pool[i].Item1;
            }

            var outcome = UsmElections.Council(votes, categories, Lots);
            int Elected(CouncilCandidateCategory c) => outcome.Elected.Count(e => categories[e.Id] == c);
            int Standing(CouncilCandidateCategory c) => categories.Values.Count(v => v == c);
            return Elected(CouncilCandidateCategory.Honorary) >= Math.Min(1, Standing(CouncilCandidateCategory.Honorary))
                && Elected(CouncilCandidateCategory.EntryGradeOrAuditeur) >= Math.Min(8, Standing(CouncilCandidateCategory.EntryGradeOrAuditeur))
                && outcome.Elected.Length == Math.Min(26, pool.Length);
        });
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 8")]
    public void President_Tie_DrawnByLotCitingArticle8()
    {
        var outcome = UsmElections.President(new Dictionary<string, long> { ["a"] = 40, ["b"] = 40, ["c"] = 3 }, Lots);
        Assert.Contains(outcome.Winner, new[] { "a", "b" });
        Assert.NotNull(Assert.Single(outcome.Ties).Draw);
        Assert.Contains(outcome.Explanation, l => l.Reference?.ToString() == "Statuts USM, art. 8, al. 1");
    }

    [Fact]
    [Trait("Article", "RI USM, art. 1-7")]
    public void LocalOfficer_Plurality_TieByLotCitingRule1To7()
    {
        Assert.Equal("x", UsmElections.LocalOfficer(new Dictionary<string, long> { ["x"] = 12, ["y"] = 11 }, Lots).Winner);
        var tie = UsmElections.LocalOfficer(new Dictionary<string, long> { ["x"] = 12, ["y"] = 12 }, Lots);
        Assert.Contains(tie.Explanation, l => l.Reference?.ToString() == "RI USM, art. 1-7");
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-7")]
    public void Council_TieForTheLastSeat_DrawnByLotCitingRule3To7()
    {
        // 25 candidates clearly ahead, two tied for the 26th seat: "en cas d'égalité de voix entre deux candidats, il est
        // procédé à un tirage au sort".
        var (votes, categories) = Others(25);

        votes["t1"] = 50;
        votes["t2"] = 50;
        categories["t1"] = CouncilCandidateCategory.Other;
        categories["t2"] = CouncilCandidateCategory.Other;
        var outcome = UsmElections.Council(votes, categories, Lots);
        Assert.Equal(26, outcome.Elected.Length);
        Assert.Single(outcome.Elected, e => e.Id is "t1" or "t2");
        Assert.NotNull(Assert.Single(outcome.Ties).Draw);
        Assert.Contains(outcome.Explanation, l => l.Reference?.ToString() == "RI USM, art. 3-7");
    }

    [Fact]
    public void Council_CandidateWithoutCategory_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => UsmElections.Council(new Dictionary<string, long> { ["z"] = 1 }, new Dictionary<string, CouncilCandidateCategory>(), Lots));
        Assert.Contains("'z'", ex.Message, StringComparison.Ordinal);
    }
}
