using NodaTime;
using NodaTime.Text;

namespace Justice.Domain.Core.Serialization;

/// <summary>Reads and writes a <see cref="LocalDateTime"/> as the ISO 8601 string yyyy-MM-ddTHH:mm:ss[.fffffffff] (e.g. 2026-02-12T17:00:00).</summary>
internal sealed class LocalDateTimeIsoJsonConverter : NodaPatternJsonConverter<LocalDateTime>
{
    /// <summary>Creates the converter.</summary>
    public LocalDateTimeIsoJsonConverter()
        : base(LocalDateTimePattern.ExtendedIso, "yyyy-MM-ddTHH:mm:ss[.fffffffff] (e.g. 2026-02-12T17:00:00)")
    {
    }
}
