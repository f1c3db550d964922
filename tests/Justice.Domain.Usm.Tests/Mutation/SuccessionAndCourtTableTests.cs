using Justice.Domain.Usm.Bodies;
using Justice.Domain.Usm.Regions;
using Justice.Domain.Usm.Succession;

namespace Justice.Domain.Usm.Tests.Mutation;

/// <summary>
/// The successions of Statuts USM, art. 10 and 27 and RI USM, art. 1-3 and 2-5, each with who stands in and an
/// explanation that says why; and the table of the cours d'appel with their overseas flag, which decides the proxy
/// exception for overseas members (RI USM, art. 3-4, al. 4).
/// </summary>
public class SuccessionAndCourtTableTests
{
    private static List<BureauSeat> Bureau() =>
        NationalBureauComposition.Posts.Select((post, i) => new BureauSeat(post, "b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), CourtOfAppeal.Paris)).ToList();

    [Fact]
    [Trait("Article", "Statuts USM, art. 10, al. 3")]
    public void PresidentPrevented_SecretaryGeneral_ThenVicePresident_ThenAnyOther_ThenNobody()
    {
        // Posts: b0 president, b1 vice-president, b2 secretary general.
        var bureau = Bureau();
        var sg = NationalSuccession.WhenPresidentPrevented(bureau, []);
        Assert.Equal("b2", sg.MemberId);
        Assert.EndsWith("replaced by the secretary general", sg.Explanation, StringComparison.Ordinal);
        var vp = NationalSuccession.WhenPresidentPrevented(bureau, ["b2"]);
        Assert.Equal("b1", vp.MemberId);
        Assert.Contains("vice-president (the secretary general cannot act)", vp.Explanation, StringComparison.Ordinal);
        var any = NationalSuccession.WhenPresidentPrevented(bureau, ["b1", "b2"]);
        Assert.Null(any.MemberId);
        Assert.True(any.Found);
        Assert.Equal(["b3", "b4", "b5", "b6", "b7", "b8"], any.Eligible);
        Assert.Contains("any other bureau member may replace the president", any.Explanation, StringComparison.Ordinal);
        var nobody = NationalSuccession.WhenPresidentPrevented(bureau, bureau.Select(s => s.MemberId).Skip(1));
        Assert.False(nobody.Found);
        Assert.Equal("no bureau member can act", nobody.Explanation);
        Assert.All([sg, vp, any, nobody], r => Assert.Equal("Statuts USM, art. 10, al. 3", r.Reference.ToString()));

        // A bureau without a president: the secretary general still stands in.
        Assert.Equal("b2", NationalSuccession.WhenPresidentPrevented(bureau.Skip(1), []).MemberId);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 10, al. 4")]
    public void PresidencyAndSecretaryGeneralVacant_NobodyNamed()
    {
        var replacement = NationalSuccession.WhenPresidencyVacant(Bureau().Where(s => s.Post != BureauPost.SecretaryGeneral));
        Assert.False(replacement.Found);
        Assert.Contains("art. 10, al. 4 names nobody else", replacement.Explanation, StringComparison.Ordinal);
        Assert.Equal("Statuts USM, art. 10, al. 4", replacement.Reference.ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 27, al. 4")]
    public void TreasurerPrevented_PresidentOrDeputy_OneLeft_OrNone()
    {
        // b0 president, b5 deputy national treasurer.
        var both = NationalSuccession.WhenTreasurerPrevented(Bureau(), []);
        Assert.Null(both.MemberId);
        Assert.Equal(["b0", "b5"], both.Eligible);
        Assert.Contains("the president or the deputy national treasurer", both.Explanation, StringComparison.Ordinal);
        var one = NationalSuccession.WhenTreasurerPrevented(Bureau(), ["b0"]);
        Assert.Equal("b5", one.MemberId);
        Assert.Empty(one.Eligible);
        var none = NationalSuccession.WhenTreasurerPrevented(Bureau(), ["b0", "b5"]);
        Assert.False(none.Found);
        Assert.Equal("neither the president nor the deputy treasurer can act", none.Explanation);
        Assert.Equal("Statuts USM, art. 27, al. 4", none.Reference.ToString());
    }

    [Fact]
    [Trait("Article", "RI USM, art. 1-3, al. 2")]
    [Trait("Article", "RI USM, art. 1-3, al. 4")]
    [Trait("Article", "RI USM, art. 2-5, al. 2")]
    public void RegionalSuccessions_SayWhoAndWhy()
    {
        Assert.Contains("the deputy delegate replaces the delegate at once", RegionalSuccession.WhenDelegateVacant("d", "t").Explanation, StringComparison.Ordinal);
        var treasurer = RegionalSuccession.WhenDelegateVacant(" ", "t");
        Assert.Equal("t", treasurer.MemberId);
        Assert.Contains("there is no deputy: the regional treasurer replaces the delegate", treasurer.Explanation, StringComparison.Ordinal);
        var none = RegionalSuccession.WhenDelegateVacant(null, null);
        Assert.False(none.Found);
        Assert.Contains("once three months have passed (art. 1-3, al. 3)", none.Explanation, StringComparison.Ordinal);
        Assert.Equal("RI USM, art. 1-3, al. 2", none.Reference.ToString());

        var vacant = RegionalSuccession.WhenTreasurerVacant(null);
        Assert.Equal((null, "the treasurer's and the delegate's posts are vacant", "RI USM, art. 1-3, al. 4"), (vacant.MemberId, vacant.Explanation, vacant.Reference.ToString()));
        Assert.Contains("the regional delegate runs the administration", RegionalSuccession.WhenTreasurerVacant("d").Explanation, StringComparison.Ordinal);

        Assert.Contains("may send the deputy delegate", RegionalSuccession.WhenDelegatePreventedAtEnlargedCouncil("d", "t").Explanation, StringComparison.Ordinal);
        var sent = RegionalSuccession.WhenDelegatePreventedAtEnlargedCouncil("", "t");
        Assert.Equal("t", sent.MemberId);
        Assert.Contains("may send the regional treasurer", sent.Explanation, StringComparison.Ordinal);
        var nobody = RegionalSuccession.WhenDelegatePreventedAtEnlargedCouncil(null, " ");
        Assert.Equal((null, "no deputy and no treasurer to send", "RI USM, art. 2-5, al. 2"), (nobody.MemberId, nobody.Explanation, nobody.Reference.ToString()));
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-4, al. 4")]
    public void CourtTable_OverseasCoursDAppel()
    {
        Assert.Equal(37, CourtOfAppeal.WellKnown.Count);
        Assert.Equal(
            ["Basse-Terre", "Cayenne", "Fort-de-France", "Nouméa", "Papeete", "Saint-Denis de La Réunion", "Saint-Pierre-et-Miquelon"],
            CourtOfAppeal.WellKnown.Where(c => c.IsOverseas).Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.False(CourtOfAppeal.Paris.IsOverseas);
        Assert.False(CourtOfAppeal.Versailles.IsOverseas);
        Assert.Same(CourtOfAppeal.Paris, CourtOfAppeal.Find(" paris "));
        Assert.Null(CourtOfAppeal.Find("Atlantis"));
        Assert.Null(CourtOfAppeal.Find(null));
        Assert.True(TestMembers.Court("Versailles").IsParisOrVersailles);
        Assert.False(TestMembers.Court("Lyon").IsParisOrVersailles);
    }
}
