using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Usm.Assembly;
using Justice.Domain.Usm.Elections;
using Justice.Domain.Usm.Membership;
using Justice.Domain.Usm.Regions;
using NodaTime;

namespace Justice.Samples.Usm;

/// <summary>
/// The embedded electoral assembly of <c>justice usm assembly</c>: 26 and 27 November 2026, 66 members in seven unions,
/// with the bad items the rules must catch (a sixth proxy, a proxy across unions, an unsigned proxy, a lapsed member,
/// a member in arrears, late candidacies on both sides of 17:00, an unknown voter, a name that is not a candidate).
/// </summary>
internal static class UsmDefaultScenario
{
    public static readonly LocalDate Opening = new(2026, 11, 26);
    public static readonly LocalDate Vote = new(2026, 11, 27);

    private static readonly string[] Surnames =
    [
        "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
        "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
        "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefevre", "Faure", "Andre",
        "Mercier", "Blanc", "Guerin", "Boyer", "Garnier", "Chevalier", "Francois", "Legrand", "Gauthier", "Garcia",
        "Perrin", "Robin", "Clement", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
        "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noel", "Meyer", "Dufour", "Meunier",
        "Brun", "Blanchard", "Giraud", "Joly", "Riviere", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
        "Martinez", "Gerard", "Roche", "Renard",
    ];

    public static ElectoralAssemblyScenario Create()
    {
        var members = new List<UnionMember>();
        var n = 0;
        UnionMember Add(string prefix, MemberStatus status, Grade? grade, string? court, HonoraryAttachmentBasis? basis = null)
        {
            var id = prefix + (members.Count(m => m.Id.StartsWith(prefix, StringComparison.Ordinal)) + 1).ToString("00", CultureInfo.InvariantCulture);
            var born = new LocalDate(1952 + (n * 7 % 46), 1 + (n * 5 % 12), 1 + (n * 11 % 28));
            var member = new UnionMember(id, Surnames[n % Surnames.Length], born, status, grade, court is null ? null : CourtOfAppeal.Find(court), basis);
            n++;
            members.Add(member);
            return member;
        }

        foreach (var (prefix, court, count) in new[] { ("lyo", "Lyon", 16), ("par", "Paris", 12), ("dou", "Douai", 9), ("ren", "Rennes", 8), ("bor", "Bordeaux", 7), ("nou", "Nouméa", 3) })
        {
            for (var i = 0; i < count; i++)
            {
                Add(prefix, MemberStatus.MagistrateInJurisdiction, i % 3 == 0 ? Grade.FirstGrade : i % 3 == 1 ? Grade.SecondGrade : Grade.FormerFirstGrade, court);
            }
        }

        Add("min", MemberStatus.MinistryMagistrate, Grade.SecondGrade, null);
        Add("min", MemberStatus.SecondedMagistrate, Grade.ThirdGrade, null);
        Add("min", MemberStatus.MadeAvailableMagistrate, Grade.FirstGrade, null);
        for (var i = 0; i < 4; i++)
        {
            Add("aud", MemberStatus.AuditeurDeJustice, null, null);
        }

        Add("hon", MemberStatus.HonoraryMagistrate, null, "Lyon", HonoraryAttachmentBasis.Domicile);
        Add("hon", MemberStatus.HonoraryMagistrate, null, "Rennes", HonoraryAttachmentBasis.Domicile);
        Add("hon", MemberStatus.HonoraryMagistrate, null, "Douai", HonoraryAttachmentBasis.Domicile);
        Add("cas", MemberStatus.CourDeCassationMagistrate, Grade.ThirdGrade, null);

        var paid = new[] { new DuesPayment(2025, new LocalDate(2025, 1, 20)), new DuesPayment(2026, new LocalDate(2026, 1, 20)) };
        var records = members.Select(m => new MembershipRecord(m.Id, new LocalDate(2019, 9, 1), paid)).ToList();
        Replace("bor07", r => r with { Dues = [paid[0]] }); // lapsed on 1 March 2026 (art. 6 c)
        Replace("ren08", r => r with { JoinedOn = new LocalDate(2026, 10, 1), Dues = [] }); // joined in October, dues not yet paid: in arrears

        var delegates = new[] { "lyo02", "par02", "dou02", "ren02", "bor02", "nou01", "min01", "hon01" };
        var absent = new HashSet<string>(StringComparer.Ordinal)
        {
            "lyo11", "lyo12", "lyo13", "lyo14", "lyo15", "lyo16", "par11", "par12", "dou09", "ren07", "nou02", "nou03", "aud03", "aud04", "hon02", "hon03", "min03", "bor06",
        };
        var present = members.Select(m => m.Id).Where(id => !absent.Contains(id)).Append("ghost01").ToList();

        var proxies = new List<ProxyForm>
        {
            new("lyo12", "lyo01", true), new("lyo13", "lyo01", true), new("lyo14", "lyo01", true), new("lyo15", "lyo01", true), new("lyo16", "lyo01", true),
            new("lyo11", "lyo01", true), // a sixth proxy: over the cap of five (RI art. 3-4, al. 1)
            new("par11", "lyo03", true), // Paris to Lyon: not the same union (RI art. 3-4, al. 4)
            new("par11", "par01", true), // a second form from par11, to a member of Paris: accepted
            new("par12", "par01", true),
            new("dou09", "dou01", true),
            new("nou02", "par03", true), // Nouméa: overseas, may give to any member
            new("aud03", "dou01", true), // auditeur: may give to any member
            new("aud04", "ren01", false), // not written, dated and signed (RI art. 3-4, al. 2)
            new("ren07", "ren99", true), // unknown holder
            new("bor06", "bor07", true), // holder lapsed on 1 March 2026 (art. 6 c)
            new("hon02", "ren03", true), // honorary attached to Rennes by domicile: same union
        };

        var friday = new LocalDateTime(2026, 11, 20, 18, 0);
        var candidacies = new List<Candidacy>
        {
            new("par04", ElectiveOffice.President, new LocalDateTime(2026, 10, 30, 9, 0)),
            new("lyo05", ElectiveOffice.President, new LocalDateTime(2026, 11, 13, 11, 0)),
            new("dou05", ElectiveOffice.President, new LocalDateTime(2026, 11, 23, 9, 0)), // after the Friday: inadmissible (RI art. 3-1, al. 2)
        };
        var onTime = new[]
        {
            "lyo01", "lyo04", "lyo07", "par01", "par04", "par07", "dou01", "dou04", "aud01", // statutory second grade and an auditeur: 9 < 10
            "lyo02", "lyo03", "lyo05", "lyo06", "lyo08", "par02", "par03", "par05", "par06", "dou02", "dou03", "dou05",
            "ren02", "ren03", "bor02", "bor03", "min01", "min02", "cas01", // 19 others < 24
        };
        candidacies.AddRange(onTime.Select((id, i) => new Candidacy(id, ElectiveOffice.CouncilMember, friday.PlusHours(-i))));
        candidacies.Add(new Candidacy("hon01", ElectiveOffice.CouncilMember, new LocalDateTime(2026, 11, 26, 16, 30))); // honorary, none on the Friday: admitted
        candidacies.Add(new Candidacy("ren01", ElectiveOffice.CouncilMember, new LocalDateTime(2026, 11, 25, 10, 0))); // premier grade, 9 < 10: admitted late
        candidacies.Add(new Candidacy("aud02", ElectiveOffice.CouncilMember, new LocalDateTime(2026, 11, 25, 10, 0))); // auditeur, late: literal reading rejects
        candidacies.Add(new Candidacy("bor05", ElectiveOffice.CouncilMember, new LocalDateTime(2026, 11, 26, 15, 0))); // other, 19 < 24: admitted late
        candidacies.Add(new Candidacy("bor04", ElectiveOffice.CouncilMember, new LocalDateTime(2026, 11, 26, 17, 5))); // premier grade, after 17:00 on the eve
        candidacies.Add(new Candidacy("zzz99", ElectiveOffice.CouncilMember, new LocalDateTime(2026, 11, 10, 10, 0))); // not a member

        var council = onTime.Append("hon01").Append("ren01").Append("bor05").ToArray();
        var ballots = new List<Ballot>();
        var voters = members.Where(m => !absent.Contains(m.Id)).Select(m => (Voter: m.Id, CastBy: m.Id))
            .Concat(proxies.Where(p => p.WrittenDatedSigned).Select(p => (Voter: p.Giver, CastBy: p.Holder)))
            .ToList();
        for (var i = 0; i < voters.Count; i++)
        {
            var (voter, castBy) = voters[i];
            ballots.Add(new Ballot(ElectiveOffice.President, voter, castBy, [i % 5 < 3 ? "par04" : "lyo05"]));
            var names = Enumerable.Range(0, 26).Select(k => council[(k + (i % 7)) % council.Length]).Distinct().ToList();
            if (i == 7)
            {
                names.Add("dou06"); // not a council candidate: that name is not counted
            }

            ballots.Add(new Ballot(ElectiveOffice.CouncilMember, voter, castBy, names));
        }

        ballots.Add(new Ballot(ElectiveOffice.President, "ghost02", "ghost02", ["lyo05"])); // unknown voter

        return new ElectoralAssemblyScenario(Opening, Vote, members, records, present, delegates, "par01", "lyo02", "hon01", proxies, candidacies, ballots, 20261127);

        void Replace(string id, Func<MembershipRecord, MembershipRecord> change)
        {
            var index = records.FindIndex(r => r.MemberId == id);
            records[index] = change(records[index]);
        }
    }
}
