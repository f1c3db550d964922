using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Justice.Domain.Cav;

/// <summary>Invariant-culture formatting shared by the CAV rules' messages.</summary>
internal static class Invariant
{
    /// <summary>Formats an interpolated message with the invariant culture.</summary>
    public static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Throws when <paramref name="grade"/> is the default value rather than one of the six grades.</summary>
    public static Justice.Domain.Core.Grade KnownGrade(Justice.Domain.Core.Grade grade, string name) =>
        grade.Level is >= 1 and <= 3 ? grade : throw Justice.Domain.Core.Guard.OutOfRange(name, "default", "one of Grade.All");

    /// <summary>Formats a date as ISO 8601 (YYYY-MM-DD).</summary>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
