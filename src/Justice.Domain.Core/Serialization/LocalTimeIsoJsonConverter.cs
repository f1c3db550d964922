using NodaTime;
using NodaTime.Text;

namespace Justice.Domain.Core.Serialization;

/// <summary>Reads and writes a <see cref="LocalTime"/> as the ISO 8601 string HH:mm:ss[.fffffffff] (e.g. 17:00:00).</summary>
internal sealed class LocalTimeIsoJsonConverter : NodaPatternJsonConverter<LocalTime>
{
    /// <summary>Creates the converter.</summary>
    public LocalTimeIsoJsonConverter()
        : base(LocalTimePattern.ExtendedIso, "HH:mm:ss[.fffffffff] (e.g. 17:00:00)")
    {
    }
}
