using Justice.Domain.Core;
using Justice.Domain.Usm.Membership;

namespace Justice.Domain.Usm.Regions;

/// <summary>
/// <i>Union régionale de rattachement</i>: which regional union a member belongs to (Statuts USM, art. 18, al. 1 to 5;
/// art. 20, al. 2).
/// </summary>
public static class RegionalUnionMembership
{
    /// <summary>
    /// Says which union <paramref name="member"/> belongs to:
    /// in function in a ressort (magistrates, temporary magistrates) → the union of that cour d'appel (al. 1);
    /// ministry, secondment, made available, auditeurs → the ministry union (al. 2);
    /// Cour de cassation, including members in extraordinary service → Paris (al. 3);
    /// livre foncier → the union of the administrative residence (al. 4);
    /// honorary → the domicile or the last jurisdiction, as the member's <see cref="UnionMember.HonoraryBasis"/> says (al. 5).
    /// Candidates of the complementary competitions and of direct integration are attached to the auditeurs' section
    /// (art. 20, al. 2) and so read with the auditeurs' union (al. 2): a reading, documented in docs/usm.md.
    /// Magistrates on leave (<i>disponibilité</i>) or retired without the honorary title are in no union: art. 18 is silent.
    /// </summary>
    /// <param name="member">The member.</param>
    /// <returns>The attachment and the paragraph that decides it.</returns>
    /// <exception cref="ArgumentException">The position needs a court (or an honorary basis) that the member lacks.</exception>
    public static RegionalUnionAttachment Of(UnionMember member)
    {
        Guard.NotNull(member);
        return member.Status switch
        {
            MemberStatus.MagistrateInJurisdiction or MemberStatus.TemporaryMagistrate =>
                Attach(RegionalUnion.Of(CourtOf(member, nameof(UnionMember.Court))), "in function in the ressort of the cour d'appel", Ref(18, 1)),
            MemberStatus.MinistryMagistrate or MemberStatus.SecondedMagistrate or MemberStatus.MadeAvailableMagistrate =>
                Attach(RegionalUnion.MinistryAndSeconded, "at the ministry, seconded or made available", Ref(18, 2)),
            MemberStatus.AuditeurDeJustice =>
                Attach(RegionalUnion.MinistryAndSeconded, "auditeurs de justice are attached to the ministry union", Ref(18, 2)),
            MemberStatus.ComplementaryCompetitionCandidate or MemberStatus.DirectIntegrationCandidate =>
                Attach(RegionalUnion.MinistryAndSeconded, "attached to the auditeurs' section (art. 20, al. 2), hence to the auditeurs' union (art. 18, al. 2)", Ref(18, 2), Ref(20, 2)),
            MemberStatus.CourDeCassationMagistrate or MemberStatus.ExtraordinaryServiceAtCourDeCassation =>
                Attach(RegionalUnion.Of(CourtOfAppeal.Paris), "in function at the Cour de cassation: union of Paris", Ref(18, 3)),
            MemberStatus.LivreFoncierJudge =>
                Attach(RegionalUnion.Of(CourtOf(member, nameof(UnionMember.Court))), "livre foncier: union of the administrative residence", Ref(18, 4)),
            MemberStatus.HonoraryMagistrate => Honorary(member),
            MemberStatus.MagistrateOnLeave =>
                new RegionalUnionAttachment(null, "art. 18 attaches no union to magistrates on leave (disponibilité): the statutes are silent", [Ref(18, null)]),
            MemberStatus.RetiredMagistrate =>
                new RegionalUnionAttachment(null, "art. 18 attaches no union to retired magistrates without the honorary title: the statutes are silent", [Ref(18, null)]),
            _ => new RegionalUnionAttachment(null, "not a person art. 4 allows to join", [Ref(4, 1)]),
        };
    }

    private static RegionalUnionAttachment Honorary(UnionMember member)
    {
        var basis = member.HonoraryBasis ?? throw new ArgumentException(
            "member '" + member.Id + "' is an honorary magistrate without HonoraryBasis; art. 18, al. 5 needs the domicile or the last jurisdiction.",
            nameof(member));
        return basis == HonoraryAttachmentBasis.Domicile
            ? Attach(RegionalUnion.Of(CourtOf(member, nameof(UnionMember.Court))), "honorary magistrate attached by domicile", Ref(18, 5))
            : Attach(RegionalUnion.Of(member.LastJurisdictionCourt ?? throw Missing(member, nameof(UnionMember.LastJurisdictionCourt))), "honorary magistrate attached by last jurisdiction", Ref(18, 5));
    }

    private static CourtOfAppeal CourtOf(UnionMember member, string field) => member.Court ?? throw Missing(member, field);

    private static ArgumentException Missing(UnionMember member, string field) =>
        new("member '" + member.Id + "' (" + member.Status + ") has no " + field + "; Statuts USM, art. 18 needs it to find the union.", nameof(member));

    private static RegionalUnionAttachment Attach(RegionalUnion union, string reason, params LegalReference[] references) =>
        new(union, reason, references);

    private static LegalReference Ref(int article, int? paragraph) => LegalReference.UsmStatutes(article, paragraph);
}
