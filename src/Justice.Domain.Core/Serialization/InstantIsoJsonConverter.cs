using NodaTime;
using NodaTime.Text;

namespace Justice.Domain.Core.Serialization;

/// <summary>Reads and writes a <see cref="Instant"/> as the ISO 8601 string yyyy-MM-ddTHH:mm:ss[.fffffffff]Z (e.g. 2026-02-12T16:00:00Z).</summary>
internal sealed class InstantIsoJsonConverter : NodaPatternJsonConverter<Instant>
{
    /// <summary>Creates the converter.</summary>
    public InstantIsoJsonConverter()
        : base(InstantPattern.ExtendedIso, "yyyy-MM-ddTHH:mm:ss[.fffffffff]Z (e.g. 2026-02-12T16:00:00Z)")
    {
    }
}
