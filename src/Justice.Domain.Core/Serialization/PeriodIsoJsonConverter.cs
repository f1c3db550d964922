using NodaTime;
using NodaTime.Text;

namespace Justice.Domain.Core.Serialization;

/// <summary>Reads and writes a <see cref="Period"/> as the ISO 8601 string ISO 8601 period (e.g. P1Y2M15D, PT17H).</summary>
internal sealed class PeriodIsoJsonConverter : NodaPatternJsonConverter<Period>
{
    /// <summary>Creates the converter.</summary>
    public PeriodIsoJsonConverter()
        : base(PeriodPattern.Roundtrip, "ISO 8601 period (e.g. P1Y2M15D, PT17H)")
    {
    }
}
