using Justice.Domain.Cav.Composition;
using Justice.Domain.Cav.Validation;
using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Cav.Tests.Validation;

/// <summary>Correct compositions of both regimes, built seat by seat from the texts.</summary>
internal static class CompositionFixtures
{
    public static readonly LocalDate FormerFrom = new(2022, 9, 1);
    public static readonly LocalDate ReformedFrom = new(2026, 3, 1);
    public static readonly DateVersioned<CavCompositionRules> Timeline = CavRegimes.Timeline(FormerFrom, ReformedFrom);

    public static readonly CavMandate FormerMandate = new(CavRegimeKind.Former, CavMembership.Titular, new LocalDate(2022, 9, 1), new LocalDate(2025, 8, 31));
    public static readonly CavMandate ReformedMandate = new(CavRegimeKind.Reformed, CavMembership.Titular, ReformedFrom, ReformedFrom.PlusYears(4).PlusDays(-1));

    public static List<CavMember> Reformed()
    {
        var members = new List<CavMember>();
        for (var i = 1; i <= 6; i++)
        {
            members.Add(Elected("Représentant " + i, "II-1", JudicialFunction.CourtJudge, Grade.FirstGrade));
        }

        members.Add(Elected("PP", "II-2-first-president", JudicialFunction.FirstPresidentOfAppealCourt, Grade.ThirdGrade));
        members.Add(Elected("PG", "II-2-prosecutor-general", JudicialFunction.ProsecutorGeneralOfAppealCourt, Grade.ThirdGrade));
        members.Add(Elected("Président TJ", "II-3-president", JudicialFunction.PresidentOfJudicialTribunal, Grade.SecondGrade));
        members.Add(Elected("Procureur", "II-3-prosecutor", JudicialFunction.PublicProsecutor, Grade.SecondGrade));
        members.Add(Elected("Conseiller", "II-4-siege", JudicialFunction.CassationJudge, Grade.ThirdGrade));
        members.Add(Elected("Avocat général", "II-4-parquet", JudicialFunction.AdvocateGeneralOfCassation, Grade.FormerHorsHierarchie));
        members.Add(new CavMember("DSJ", "II-5", CavMembership.ExOfficio, JudicialFunction.DirectorOfJudicialServices, Grade.ThirdGrade, null));
        return members;
    }

    public static List<CavMember> Former()
    {
        var members = new List<CavMember>
        {
            ExOfficio("Doyen", "35-chair", JudicialFunction.ChamberPresidentOfCassation, Grade.FormerHorsHierarchie),
            ExOfficio("Premier avocat général", "35-vice-chair", JudicialFunction.FirstAdvocateGeneralOfCassation, Grade.FormerHorsHierarchie),
            ExOfficio("Chef IGJ", "35-inspection", JudicialFunction.ChiefInspectorGeneral, Grade.FormerHorsHierarchie),
            ExOfficio("DSJ", "35-dsj", JudicialFunction.DirectorOfJudicialServices, Grade.FormerHorsHierarchie),
        };
        members.AddRange(FormerElected("Conseiller HH", "35-cass-siege", JudicialFunction.CassationJudge, Grade.FormerHorsHierarchie));
        members.AddRange(FormerElected("Avocat général HH", "35-cass-parquet", JudicialFunction.AdvocateGeneralOfCassation, Grade.FormerHorsHierarchie));
        for (var i = 1; i <= 2; i++)
        {
            members.AddRange(FormerElected("PP " + i, "35-first-presidents", JudicialFunction.FirstPresidentOfAppealCourt, Grade.FormerHorsHierarchie));
            members.AddRange(FormerElected("PG " + i, "35-prosecutors-general", JudicialFunction.ProsecutorGeneralOfAppealCourt, Grade.FormerHorsHierarchie));
        }

        for (var i = 1; i <= 7; i++)
        {
            members.AddRange(FormerElected("Premier grade " + i, "35-courts-first-grade", JudicialFunction.CourtJudge, Grade.FormerFirstGrade));
        }

        for (var i = 1; i <= 3; i++)
        {
            members.AddRange(FormerElected("Second grade " + i, "35-courts-second-grade", JudicialFunction.CourtProsecutor, Grade.FormerSecondGrade));
        }

        return members;
    }

    public static CavMember Elected(string name, string seat, JudicialFunction function, Grade grade) =>
        new(name, seat, CavMembership.Titular, function, grade, ReformedMandate);

    private static IEnumerable<CavMember> FormerElected(string name, string seat, JudicialFunction function, Grade grade)
    {
        yield return new CavMember(name, seat, CavMembership.Titular, function, grade, FormerMandate);
        yield return new CavMember(name + " (suppléant)", seat, CavMembership.Alternate, function, grade, FormerMandate with { Membership = CavMembership.Alternate });
    }

    private static CavMember ExOfficio(string name, string seat, JudicialFunction function, Grade grade) =>
        new(name, seat, CavMembership.ExOfficio, function, grade, null);

    public static List<CavMember> WithAlternates(List<CavMember> titulars) =>
        [.. titulars, .. titulars.Where(m => m.Membership == CavMembership.Titular)
            .Select(m => m with { Name = m.Name + " (suppléant)", Membership = CavMembership.Alternate, Mandate = m.Mandate! with { Membership = CavMembership.Alternate } })];
}
