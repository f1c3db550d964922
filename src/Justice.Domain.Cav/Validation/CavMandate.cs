using Justice.Domain.Cav.Composition;
using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Cav.Validation;

/// <summary><i>Mandat</i>: one mandate at the commission, as titular or alternate, from a day until a day (both inclusive).</summary>
/// <param name="Regime">The regime of the commission the mandate was held in.</param>
/// <param name="Membership">Titular or alternate.</param>
/// <param name="From">The first day of the mandate.</param>
/// <param name="Until">The last day of the mandate.</param>
public sealed record CavMandate(CavRegimeKind Regime, CavMembership Membership, LocalDate From, LocalDate Until)
{
    /// <summary>The last day; not before <see cref="From"/>.</summary>
    public LocalDate Until { get; init; } = Until >= From
        ? Until
        : throw Guard.OutOfRange(nameof(Until), NodaTime.Text.LocalDatePattern.Iso.Format(Until), "a date on or after From " + NodaTime.Text.LocalDatePattern.Iso.Format(From));

    /// <summary>Whether <paramref name="date"/> falls within the mandate.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when From ≤ date ≤ Until.</returns>
    public bool Covers(LocalDate date) => From <= date && date <= Until;
}
