namespace Justice.Domain.Cav.Validation;

/// <summary><i>Irrégularité de composition</i>: the kind of defect the <see cref="CompositionValidator"/> reports.</summary>
public enum CompositionIssueKind
{
    /// <summary>A seat has fewer titular holders than the text provides.</summary>
    MissingSeat = 0,

    /// <summary>A seat has more titular holders than the text provides.</summary>
    SurplusSeat = 1,

    /// <summary>A member claims a seat the regime in force does not have.</summary>
    UnknownSeat = 2,

    /// <summary>The member's function may not hold the seat.</summary>
    IneligibleFunction = 3,

    /// <summary>The member's grade is not the grade the seat requires.</summary>
    IneligibleGrade = 4,

    /// <summary>The DSJ's representative on the former commission is not a magistrate.</summary>
    RepresentativeNotMagistrate = 5,

    /// <summary>An elected titular held a titular mandate of the same commission before: the mandate is not renewable.</summary>
    RenewedMandate = 6,

    /// <summary>An elected titular has no alternate.</summary>
    MissingAlternate = 7,

    /// <summary>An elected seat has more alternates than titulars, or an ex officio seat has an alternate.</summary>
    SurplusAlternate = 8,

    /// <summary>An elected member was promoted in grade during the mandate.</summary>
    PromotionDuringMandate = 9,

    /// <summary>An elected member has no mandate, a mandate of another regime, or a mandate that does not cover the date.</summary>
    MandateNotCurrent = 10,

    /// <summary>A mandate longer than the text's duration.</summary>
    MandateTooLong = 11,

    /// <summary>The membership does not match the seat's designation (an elected member on an ex officio seat or the reverse).</summary>
    WrongMembership = 12,

    /// <summary>The same person holds two places.</summary>
    DuplicateMember = 13,
}
