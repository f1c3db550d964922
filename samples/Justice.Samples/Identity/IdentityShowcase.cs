using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
using Justice.Samples.Cli;
using Spectre.Console;

namespace Justice.Samples.Identity;

/// <summary>Tour step: two records of one person entered differently, compared and explained.</summary>
public sealed class IdentityShowcase : IShowcase
{
    /// <inheritdoc />
    public int Order => 600;

    /// <inheritdoc />
    public string Title => "Identity: two civil-status records of one person, compared and explained";

    /// <inheritdoc />
    public void Run(CliContext context)
    {
        var profile = CivilStatusProfile.Default;
        var a = new PersonRecord("cassiopee-1")
        {
            BirthSurname = "de La Fontaine", FirstNames = ["Jean-Pierre", "Marie"], Sex = Sex.Male,
            BirthDate = new PartialDate(1970, 3, 12), BirthCommuneCode = "75112",
        };
        var b = new PersonRecord("sdp-77")
        {
            BirthSurname = "FONTAINE", FirstNames = ["JEAN PIERRE"], Sex = Sex.Male,
            BirthDate = new PartialDate(1970, 12, 3), BirthCommuneCode = "75056",
        };
        var matcher = IdentityMatcher.Create(profile.Profile, MatchModel.Initial(profile.Profile));
        context.Console.WriteLine("de La Fontaine, Jean-Pierre Marie, 1970-03-12, Paris 12e  vs  FONTAINE, JEAN PIERRE, 1970-12-03, Paris");
        context.Console.WriteLine(matcher.Compare(profile.Prepare(a), profile.Prepare(b)).ToText());
    }
}
