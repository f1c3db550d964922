using NodaTime;
using NodaTime.Text;

namespace Justice.Domain.Core.Serialization;

/// <summary>Reads and writes a <see cref="LocalDate"/> as the ISO 8601 string yyyy-MM-dd (e.g. 2026-02-12).</summary>
internal sealed class LocalDateIsoJsonConverter : NodaPatternJsonConverter<LocalDate>
{
    /// <summary>Creates the converter.</summary>
    public LocalDateIsoJsonConverter()
        : base(LocalDatePattern.Iso, "yyyy-MM-dd (e.g. 2026-02-12)")
    {
    }
}
