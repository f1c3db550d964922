using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Tests;

public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_Example_Runs()
    {
        var profile = CivilStatusProfile.Default;
        var a = profile.Prepare(new PersonRecord("cassiopee-1")
        {
            BirthSurname = "de La Fontaine", FirstNames = ["Jean-Pierre"], Sex = Sex.Male,
            BirthDate = new PartialDate(1970, 3, 12), BirthCommuneCode = "75112",
        });
        var b = profile.Prepare(new PersonRecord("sdp-77")
        {
            BirthSurname = "FONTAINE", FirstNames = ["JEAN PIERRE"], Sex = Sex.Male,
            BirthDate = new PartialDate(1970, 12, 3), BirthCommuneCode = "75056",
        });
        var matcher = IdentityMatcher.Create(profile.Profile, MatchModel.Initial(profile.Profile));
        MatchComparison comparison = matcher.Compare(a, b);
        Assert.Contains("day-month-swapped", comparison.ToText(), StringComparison.Ordinal);
        LinkageResult clusters = IdentityLinker.Deduplicate(matcher, [a, b]);
        Assert.Equal(MatchBand.Match, comparison.Band);
        Assert.Equal(1, clusters.ClusterCount);
    }
}
