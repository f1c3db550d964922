using System.Collections.Immutable;
using Justice.Domain.Cav.Composition;
using Justice.Domain.Core;
using NodaTime;
using static Justice.Domain.Cav.Invariant;

namespace Justice.Domain.Cav.Validation;

/// <summary>
/// <i>Contrôle de la composition de la commission d'avancement</i>: checks the members in office on a date
/// against the regime in force and reports every missing or surplus seat, ineligibility, renewal of a
/// non-renewable mandate, missing alternate and promotion during a mandate, each with its article.
/// </summary>
/// <remarks>
/// Readings (see <c>docs/cav.md</c>): an alternate must meet the same function and grade conditions as a
/// titular; "non renouvelable" bars a titular who held a titular mandate in the same regime of the commission
/// (alternate service is not counted); the bar on promotion applies to elected titulars and alternates.
/// The seniority conditions of the former chairs (<i>doyen</i>, <i>le plus ancien</i>) are not checked: the
/// member record does not carry the seniority of peers. O(m + s) for m members and s seats.
/// </remarks>
public static class CompositionValidator
{
    /// <summary>Validates <paramref name="members"/> against the regime in force on <paramref name="date"/>.</summary>
    /// <param name="timeline">The regimes by date (<see cref="CavRegimes.Timeline"/>).</param>
    /// <param name="date">The date of the check.</param>
    /// <param name="members">The members in office.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the first regime.</exception>
    public static CompositionReport Validate(DateVersioned<CavCompositionRules> timeline, LocalDate date, IEnumerable<CavMember> members) =>
        Validate(Guard.NotNull(timeline).At(date), date, members);

    /// <summary>Validates <paramref name="members"/> against <paramref name="rules"/> on <paramref name="date"/>.</summary>
    /// <param name="rules">The composition rules.</param>
    /// <param name="date">The date of the check.</param>
    /// <param name="members">The members in office.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The reformed rules at a date before 31 December 2025.</exception>
    public static CompositionReport Validate(CavCompositionRules rules, LocalDate date, IEnumerable<CavMember> members)
    {
        Guard.NotNull(rules);
        var all = Guard.NoNullElements(members);
        if (rules.Regime == CavRegimeKind.Reformed && date < GradeReform.EffectiveDate)
        {
            throw Guard.OutOfRange(nameof(date), Iso(date), "a date on or after 2025-12-31 for the reformed commission");
        }

        var issues = ImmutableArray.CreateBuilder<CompositionIssue>();
        var composition = rules.Regime == CavRegimeKind.Former ? CavReferences.FormerComposition : CavReferences.ReformedComposition;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var counted = new List<(CavSeat Seat, CavMember Member)>();
        foreach (var member in all)
        {
            if (!seen.Add(member.Name))
            {
                issues.Add(new(CompositionIssueKind.DuplicateMember, member.SeatCode, member.Name,
                    Text($"member '{member.Name}' holds more than one place (again on seat '{member.SeatCode}'); each member holds one seat."), composition));
                continue;
            }

            var seat = rules.Seat(member.SeatCode);
            if (seat is null)
            {
                issues.Add(new(CompositionIssueKind.UnknownSeat, member.SeatCode, member.Name,
                    Text($"member '{member.Name}' holds seat '{member.SeatCode}', which the {rules.Regime} commission does not have on {Iso(date)}; seats: {string.Join(", ", rules.Seats.Select(s => s.Code))}."), composition));
                continue;
            }

            counted.Add((seat, member));
            CheckMember(rules, seat, member, date, issues);
        }

        foreach (var seat in rules.Seats)
        {
            CheckSeatCounts(seat, counted.Where(c => c.Seat == seat).Select(c => c.Member).ToList(), issues);
        }

        return new CompositionReport(date, rules.Regime, all.Length, issues.ToImmutable());
    }

    private static void CheckMember(CavCompositionRules rules, CavSeat seat, CavMember member, LocalDate date, ImmutableArray<CompositionIssue>.Builder issues)
    {
        var elected = seat.Designation == CavSeatDesignation.Elected;
        if (elected == (member.Membership == CavMembership.ExOfficio))
        {
            issues.Add(Issue(CompositionIssueKind.WrongMembership, seat, member,
                Text($"member '{member.Name}' sits as {member.Membership} on seat '{seat.Code}', whose holders are {(elected ? "elected (titular or alternate)" : "ex officio")}.")));
        }

        if (!seat.Admits(member.Function))
        {
            issues.Add(Issue(CompositionIssueKind.IneligibleFunction, seat, member,
                Text($"member '{member.Name}' ({member.Function}) may not hold seat '{seat.Code}' ({seat.FrenchTitle}); eligible functions: {string.Join(", ", seat.EligibleFunctions)}.")));
        }

        if (seat.RepresentativeMustBeMagistrate && member.Function == JudicialFunction.DirectorRepresentative && !member.IsMagistrate)
        {
            issues.Add(Issue(CompositionIssueKind.RepresentativeNotMagistrate, seat, member,
                Text($"member '{member.Name}' represents the directeur des services judiciaires on seat '{seat.Code}' but is not a magistrate; the representative must be a magistrate.")));
        }

        if (seat.RequiredGrade is { } required)
        {
            CheckGrade(seat, member, required, date, issues);
        }

        if (!elected || member.Membership == CavMembership.ExOfficio)
        {
            return;
        }

        var mandate = member.Mandate;
        if (mandate is null || mandate.Regime != rules.Regime || !mandate.Covers(date))
        {
            var held = mandate is null ? "no mandate" : Text($"a {mandate.Regime} mandate {Iso(mandate.From)} to {Iso(mandate.Until)}");
            issues.Add(Issue(CompositionIssueKind.MandateNotCurrent, seat, member,
                Text($"member '{member.Name}' on seat '{seat.Code}' has {held}, which does not cover {Iso(date)} in the {rules.Regime} commission."), rules.MandateReference));
            return;
        }

        if (mandate.Until > mandate.From.PlusYears(rules.MandateYears).PlusDays(-1))
        {
            issues.Add(Issue(CompositionIssueKind.MandateTooLong, seat, member,
                Text($"member '{member.Name}' has a mandate {Iso(mandate.From)} to {Iso(mandate.Until)}, longer than {rules.MandateYears} years."), rules.MandateReference));
        }

        if (!rules.MandateRenewable && member.Membership == CavMembership.Titular)
        {
            var earlier = member.PreviousMandates.FirstOrDefault(p => p.Regime == rules.Regime && p.Membership == CavMembership.Titular && p.From < mandate.From);
            if (earlier is not null)
            {
                issues.Add(Issue(CompositionIssueKind.RenewedMandate, seat, member,
                    Text($"member '{member.Name}' already held a titular mandate {Iso(earlier.From)} to {Iso(earlier.Until)}; the {rules.MandateYears}-year mandate is not renewable."), rules.MandateReference));
            }
        }

        if (rules.PromotionBarredDuringMandate)
        {
            foreach (var promotion in member.Promotions.Where(p => mandate.Covers(p.Date)))
            {
                issues.Add(Issue(CompositionIssueKind.PromotionDuringMandate, seat, member,
                    Text($"member '{member.Name}' was promoted to the {promotion.To.FrenchName} on {Iso(promotion.Date)}, during the mandate {Iso(mandate.From)} to {Iso(mandate.Until)}; elected members cannot be promoted in grade during their mandate."),
                    rules.MandateReference));
            }
        }
    }

    private static void CheckGrade(CavSeat seat, CavMember member, Grade required, LocalDate date, ImmutableArray<CompositionIssue>.Builder issues)
    {
        if (!member.Grade.IsFormer && date < GradeReform.EffectiveDate)
        {
            issues.Add(Issue(CompositionIssueKind.IneligibleGrade, seat, member,
                Text($"member '{member.Name}' is recorded in the {member.Grade.FrenchName}, which does not exist on {Iso(date)} (three grades from 2025-12-31).")));
            return;
        }

        var actual = GradeReform.AsOf(member.Grade, date);
        var expected = GradeReform.AsOf(required, date);
        if (actual != expected)
        {
            issues.Add(Issue(CompositionIssueKind.IneligibleGrade, seat, member,
                Text($"member '{member.Name}' is in the {actual.FrenchName} on {Iso(date)}; seat '{seat.Code}' requires the {expected.FrenchName}.")));
        }
    }

    private static void CheckSeatCounts(CavSeat seat, List<CavMember> holders, ImmutableArray<CompositionIssue>.Builder issues)
    {
        var titularMembership = seat.Designation == CavSeatDesignation.Elected ? CavMembership.Titular : CavMembership.ExOfficio;
        var titulars = holders.Count(m => m.Membership == titularMembership);
        if (titulars < seat.Titulars)
        {
            issues.Add(new(CompositionIssueKind.MissingSeat, seat.Code, null,
                Text($"seat '{seat.Code}' ({seat.FrenchTitle}) has {titulars} titular holder(s); the text provides {seat.Titulars}."), seat.Reference));
        }
        else if (titulars > seat.Titulars)
        {
            var rank = seat.Titulars;
            foreach (var extra in holders.Where(m => m.Membership == titularMembership).Skip(seat.Titulars))
            {
                rank++;
                issues.Add(new(CompositionIssueKind.SurplusSeat, seat.Code, extra.Name,
                    Text($"member '{extra.Name}' is titular holder number {rank} of seat '{seat.Code}', which has {seat.Titulars} place(s)."), seat.Reference));
            }
        }

        var alternates = holders.Where(m => m.Membership == CavMembership.Alternate).ToList();
        if (!seat.HasAlternates)
        {
            return;
        }

        var needed = Math.Min(titulars, seat.Titulars);
        if (alternates.Count < needed)
        {
            issues.Add(new(CompositionIssueKind.MissingAlternate, seat.Code, null,
                Text($"seat '{seat.Code}' has {needed} elected titular(s) but {alternates.Count} alternate(s); each elected titular has an alternate."), seat.Reference));
        }
        else if (alternates.Count > seat.Titulars)
        {
            var rank = seat.Titulars;
            foreach (var extra in alternates.Skip(seat.Titulars))
            {
                rank++;
                issues.Add(new(CompositionIssueKind.SurplusAlternate, seat.Code, extra.Name,
                    Text($"member '{extra.Name}' is alternate number {rank} of seat '{seat.Code}', which has {seat.Titulars} titular place(s)."), seat.Reference));
            }
        }
    }

    private static CompositionIssue Issue(CompositionIssueKind kind, CavSeat seat, CavMember member, string message, LegalReference? reference = null) =>
        new(kind, seat.Code, member.Name, message, reference ?? seat.Reference);

}
