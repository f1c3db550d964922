using Justice.Domain.Usm.Membership;
using Justice.Domain.Usm.Regions;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Mutation;

/// <summary>
/// The regional union of every position (Statuts USM, art. 18, al. 1 to 5; art. 20, al. 2), read back whole: the union,
/// the reason and the paragraphs, for a member whose court is Lyon and whose last jurisdiction is in Rennes.
/// </summary>
public class RegionalUnionTableTests
{
    // Art. 18, al. 1 (ressort), al. 2 (ministry, secondment, made available, auditeurs), al. 3 (Cour de cassation: Paris),
    // al. 4 (livre foncier: administrative residence), al. 5 (honorary: domicile or last jurisdiction); art. 20, al. 2.
    public static TheoryData<MemberStatus, string> Attachments() => new()
    {
        { MemberStatus.MagistrateInJurisdiction, "Lyon | in function in the ressort of the cour d'appel | Statuts USM, art. 18, al. 1" },
        { MemberStatus.CourDeCassationMagistrate, "Paris | in function at the Cour de cassation: union of Paris | Statuts USM, art. 18, al. 3" },
        { MemberStatus.MinistryMagistrate, "Administration centrale, détachement, mise à disposition | at the ministry, seconded or made available | Statuts USM, art. 18, al. 2" },
        { MemberStatus.SecondedMagistrate, "Administration centrale, détachement, mise à disposition | at the ministry, seconded or made available | Statuts USM, art. 18, al. 2" },
        { MemberStatus.MadeAvailableMagistrate, "Administration centrale, détachement, mise à disposition | at the ministry, seconded or made available | Statuts USM, art. 18, al. 2" },
        { MemberStatus.MagistrateOnLeave, "- | art. 18 attaches no union to magistrates on leave (disponibilité): the statutes are silent | Statuts USM, art. 18" },
        { MemberStatus.RetiredMagistrate, "- | art. 18 attaches no union to retired magistrates without the honorary title: the statutes are silent | Statuts USM, art. 18" },
        { MemberStatus.HonoraryMagistrate, "Rennes | honorary magistrate attached by last jurisdiction | Statuts USM, art. 18, al. 5" },
        { MemberStatus.AuditeurDeJustice, "Administration centrale, détachement, mise à disposition | auditeurs de justice are attached to the ministry union | Statuts USM, art. 18, al. 2" },
        { MemberStatus.ComplementaryCompetitionCandidate, "Administration centrale, détachement, mise à disposition | attached to the auditeurs' section (art. 20, al. 2), hence to the auditeurs' union (art. 18, al. 2) | Statuts USM, art. 18, al. 2; Statuts USM, art. 20, al. 2" },
        { MemberStatus.DirectIntegrationCandidate, "Administration centrale, détachement, mise à disposition | attached to the auditeurs' section (art. 20, al. 2), hence to the auditeurs' union (art. 18, al. 2) | Statuts USM, art. 18, al. 2; Statuts USM, art. 20, al. 2" },
        { MemberStatus.LivreFoncierJudge, "Lyon | livre foncier: union of the administrative residence | Statuts USM, art. 18, al. 4" },
        { MemberStatus.TemporaryMagistrate, "Lyon | in function in the ressort of the cour d'appel | Statuts USM, art. 18, al. 1" },
        { MemberStatus.ExtraordinaryServiceAtCourDeCassation, "Paris | in function at the Cour de cassation: union of Paris | Statuts USM, art. 18, al. 3" },
        { MemberStatus.NotListed, "- | not a person art. 4 allows to join | Statuts USM, art. 4, al. 1" },
    };

    [Theory]
    [MemberData(nameof(Attachments))]
    [Trait("Article", "Statuts USM, art. 18")]
    public void Of_EveryPosition_UnionReasonAndParagraphs(MemberStatus status, string expected)
    {
        var member = new UnionMember("m", "M", new LocalDate(1980, 1, 1), status, null, TestMembers.Court("Lyon"),
            status == MemberStatus.HonoraryMagistrate ? HonoraryAttachmentBasis.LastJurisdiction : null, TestMembers.Court("Rennes"));
        var attachment = RegionalUnionMembership.Of(member);
        Assert.Equal(expected, (attachment.Union?.Name ?? "-") + " | " + attachment.Reasons + " | " + string.Join("; ", attachment.References));
        Assert.Equal(attachment.Union is not null, attachment.IsAttached);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 18, al. 5")]
    public void Of_HonoraryByDomicile_TheDomicilesUnion_WithoutBasisOrCourt_ErrorsNameWhatIsMissing()
    {
        var byDomicile = RegionalUnionMembership.Of(TestMembers.Honorary("h1", "Lyon"));
        Assert.Equal("Lyon | honorary magistrate attached by domicile", byDomicile.Union!.Name + " | " + byDomicile.Reasons);

        var noBasis = new UnionMember("h2", "H", new LocalDate(1950, 1, 1), MemberStatus.HonoraryMagistrate, null, TestMembers.Court("Lyon"));
        Assert.Equal(
            "member 'h2' is an honorary magistrate without HonoraryBasis; art. 18, al. 5 needs the domicile or the last jurisdiction. (Parameter 'member')",
            Assert.Throws<ArgumentException>(() => RegionalUnionMembership.Of(noBasis)).Message);

        var noCourt = new UnionMember("j1", "J", new LocalDate(1980, 1, 1), MemberStatus.LivreFoncierJudge);
        Assert.Equal(
            "member 'j1' (LivreFoncierJudge) has no Court; Statuts USM, art. 18 needs it to find the union. (Parameter 'member')",
            Assert.Throws<ArgumentException>(() => RegionalUnionMembership.Of(noCourt)).Message);
    }
}
