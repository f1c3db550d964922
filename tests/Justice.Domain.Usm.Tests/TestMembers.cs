using Justice.Domain.Core;
using Justice.Domain.Usm.Membership;
using Justice.Domain.Usm.Regions;
using NodaTime;

namespace Justice.Domain.Usm.Tests;

internal static class TestMembers
{
    public static CourtOfAppeal Court(string name) => CourtOfAppeal.Find(name) ?? throw new ArgumentException("unknown court " + name);

    public static UnionMember InCourt(string id, string court, Grade? grade = null, LocalDate? born = null) =>
        new(id, "Member " + id, born ?? new LocalDate(1980, 1, 1), MemberStatus.MagistrateInJurisdiction, grade ?? Grade.SecondGrade, Court(court));

    public static UnionMember Honorary(string id, string domicile) =>
        new(id, "Honorary " + id, new LocalDate(1950, 1, 1), MemberStatus.HonoraryMagistrate, null, Court(domicile), HonoraryAttachmentBasis.Domicile);

    public static UnionMember Auditeur(string id) =>
        new(id, "Auditeur " + id, new LocalDate(1998, 1, 1), MemberStatus.AuditeurDeJustice);
}
