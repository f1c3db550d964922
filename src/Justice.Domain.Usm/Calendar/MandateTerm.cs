using Justice.Domain.Core;
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
    /// The end of a national mandate: two years, extended "en tant que de besoin" to the first useful assembly when that
    /// assembly comes later. An assembly before the two years have run does not shorten the term under these articles.
    /// </summary>
    /// <param name="start">The first day of the mandate.</param>
    /// <param name="firstUsefulAssembly">The day of the assembly that renews the mandate.</param>
    /// <returns>The later of the nominal end and the renewing assembly.</returns>
    public static LocalDate EndOfNationalMandate(LocalDate start, LocalDate firstUsefulAssembly)
    {
        if (firstUsefulAssembly < start)
        {
            throw Guard.OutOfRange(nameof(firstUsefulAssembly), NodaTime.Text.LocalDatePattern.Iso.Format(firstUsefulAssembly), "a day on or after the start of the mandate");
        }

        var nominal = NominalEnd(start);
        return firstUsefulAssembly > nominal ? firstUsefulAssembly : nominal;
    }
}
