using System.Globalization;
using Justice.Samples.Cli;
using NodaTime;
using NodaTime.Text;

namespace Justice.Samples.Cav;

/// <summary>Parsing helpers and documented defaults shared by the <c>justice cav</c> commands.</summary>
internal static class CavCliOptions
{
    /// <summary>
    /// Default start of the former composition: the date of the ordonnance (as Core's grade hierarchy does). The
    /// former composition is modelled in its last version only; earlier versions of art. 35 are not.
    /// </summary>
    public static readonly LocalDate DefaultFormerFrom = new(1958, 12, 22);

    /// <summary>
    /// Default first day of the reformed commission: the day after the first election closed (6–12 February 2026,
    /// legal notes § 2). No text we hold fixes the day it took office.
    /// </summary>
    public static readonly LocalDate DefaultReformedFrom = new(2026, 2, 13);

    public static LocalDate ParseDate(string? text, string option)
    {
        var result = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        if (!result.Success)
        {
            throw new CliUsageException(option + " '" + text + "' is not a date; expected YYYY-MM-DD.");
        }

        return result.Value;
    }

    public static LocalDate? ParseOptionalDate(string? text, string option) =>
        string.IsNullOrWhiteSpace(text) ? null : ParseDate(text, option);

    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
