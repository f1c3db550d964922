using Justice.Domain.Core;
using Justice.Domain.Usm.Readings;
using NodaTime;

namespace Justice.Domain.Usm.Calendar;

/// <summary>
/// <i>Durée du mandat</i>: two years for the president (Statuts USM, art. 9), the elected council members (art. 13), the
/// bureau (art. 16, al. 2), the regional officers (art. 18, al. 6) and the section delegates (art. 19); the national
/// mandates "se prolonge[nt], en tant que de besoin, jusqu'à la première assemblée générale utile".
/// </summary>
public static class MandateTerm
{
    /// <summary>Two years (art. 9, 13, 16, 18, 19).</summary>
    public static Period Length { get; } = Period.FromYears(2);

    /// <summary>The articles setting the two-year term of the national mandates and their extension.</summary>
    public static IReadOnlyList<LegalReference> References { get; } =
        [LegalReference.UsmStatutes(9), LegalReference.UsmStatutes(13, 1), LegalReference.UsmStatutes(16, 2)];

    /// <summary>The day two years after the start.</summary>
    /// <param name="start">The first day of the mandate (the day of the election).</param>
    /// <returns>The start plus two years.</returns>
    public static LocalDate NominalEnd(LocalDate start) => start.Plus(Length);

    /// <summary>
    /// The end of a national mandate (art. 9, 13, 16, al. 2) under a reading of an early renewal
    /// (<see cref="MandateOverlapReading"/>, docs/readings.md): by default the mandate ends at the electoral assembly that
    /// renews it, before or after the two years ("le renouvellement se fait en totalité", art. 13, al. 1); under
    /// <see cref="MandateOverlapReading.NominalTermRuns"/> it ends at the later of the two years and that assembly.
    /// </summary>
    /// <param name="start">The first day of the mandate.</param>
    /// <param name="renewingAssembly">The day of the electoral assembly that elects the successors (the first useful assembly), on or after <paramref name="start"/>.</param>
    /// <param name="reading">The reading; <see cref="MandateOverlapReading.EndsAtRenewingAssembly"/> by default.</param>
    /// <returns>The last day of the mandate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The assembly is before the start.</exception>
    public static LocalDate EndOfNationalMandate(LocalDate start, LocalDate renewingAssembly, MandateOverlapReading reading = MandateOverlapReading.EndsAtRenewingAssembly)
    {
        if (renewingAssembly < start)
        {
            throw Guard.OutOfRange(nameof(renewingAssembly), NodaTime.Text.LocalDatePattern.Iso.Format(renewingAssembly), "a day on or after the start of the mandate");
        }

        if (Guard.Defined(reading) == MandateOverlapReading.EndsAtRenewingAssembly)
        {
            return renewingAssembly;
        }

        var nominal = NominalEnd(start);
        return renewingAssembly > nominal ? renewingAssembly : nominal;
    }

    /// <summary>
    /// The end of a <i>chargé de mission</i>'s designation: "pour une durée déterminée et au maximum jusqu'à la prochaine
    /// assemblée générale à vocation électorale" (RI USM, art. 5-1): the end the president fixes, or the next electoral
    /// assembly if it comes first.
    /// </summary>
    /// <param name="designatedOn">The day of the designation.</param>
    /// <param name="fixedEnd">The end fixed by the president, on or after the designation.</param>
    /// <param name="nextElectoralAssembly">The day of the next electoral assembly, on or after the designation.</param>
    /// <returns>The earlier of the two days.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A day before the designation.</exception>
    public static LocalDate EndOfChargeDeMission(LocalDate designatedOn, LocalDate fixedEnd, LocalDate nextElectoralAssembly)
    {
        if (fixedEnd < designatedOn)
        {
            throw Guard.OutOfRange(nameof(fixedEnd), NodaTime.Text.LocalDatePattern.Iso.Format(fixedEnd), "a day on or after the designation");
        }

        if (nextElectoralAssembly < designatedOn)
        {
            throw Guard.OutOfRange(nameof(nextElectoralAssembly), NodaTime.Text.LocalDatePattern.Iso.Format(nextElectoralAssembly), "a day on or after the designation");
        }

        return fixedEnd < nextElectoralAssembly ? fixedEnd : nextElectoralAssembly;
    }

    /// <summary>The article on the chargés de mission's designation.</summary>
    public static LegalReference ChargeDeMissionReference { get; } = LegalReference.UsmInternalRules("5-1");
}
