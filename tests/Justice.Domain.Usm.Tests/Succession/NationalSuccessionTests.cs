using Justice.Domain.Usm.Bodies;
using Justice.Domain.Usm.Succession;

namespace Justice.Domain.Usm.Tests.Succession;

public class NationalSuccessionTests
{
    private static readonly List<BureauSeat> Bureau = NationalBureauComposition.Posts
        .Select((post, i) => new BureauSeat(post, post + (post == BureauPost.NationalSecretary ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty), null)).ToList();

    [Fact]
    [Trait("Article", "Statuts USM, art. 10, al. 3")]
    public void WhenPresidentPrevented_SecretaryGeneralFirst()
    {
        var replacement = NationalSuccession.WhenPresidentPrevented(Bureau, []);
        Assert.Equal("SecretaryGeneral", replacement.MemberId);
        Assert.Equal("Statuts USM, art. 10, al. 3", replacement.Reference.ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 10, al. 3")]
    public void WhenPresidentPrevented_SecretaryGeneralAlsoPrevented_VicePresident() =>
        Assert.Equal("VicePresident", NationalSuccession.WhenPresidentPrevented(Bureau, ["SecretaryGeneral"]).MemberId);

    [Fact]
    [Trait("Article", "Statuts USM, art. 10, al. 3")]
    public void WhenPresidentPrevented_BothPrevented_AnyOtherBureauMember()
    {
        var replacement = NationalSuccession.WhenPresidentPrevented(Bureau, ["SecretaryGeneral", "VicePresident"]);
        Assert.Null(replacement.MemberId);
        Assert.Equal(6, replacement.Eligible.Count);
        Assert.DoesNotContain("President", replacement.Eligible);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 10, al. 4")]
    public void WhenPresidencyVacant_SecretaryGeneralUntilTheNextElectoralAssembly()
    {
        var replacement = NationalSuccession.WhenPresidencyVacant(Bureau);
        Assert.Equal("SecretaryGeneral", replacement.MemberId);
        Assert.Contains("next electoral", replacement.Explanation, StringComparison.Ordinal);
        Assert.False(NationalSuccession.WhenPresidencyVacant(Bureau.Where(s => s.Post != BureauPost.SecretaryGeneral)).Found);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 27, al. 4")]
    public void WhenTreasurerPrevented_PresidentOrDeputyTreasurer()
    {
        Assert.Equal(["President", "DeputyNationalTreasurer"], NationalSuccession.WhenTreasurerPrevented(Bureau, []).Eligible);
        Assert.Equal("DeputyNationalTreasurer", NationalSuccession.WhenTreasurerPrevented(Bureau, ["President"]).MemberId);
    }
}
