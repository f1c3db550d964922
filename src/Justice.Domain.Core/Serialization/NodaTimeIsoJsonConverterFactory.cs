using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Justice.Domain.Core.Serialization;

/// <summary>
/// One converter for every NodaTime type Justice.Domain serialises (<see cref="LocalDate"/>, <see cref="LocalDateTime"/>,
/// <see cref="LocalTime"/>, <see cref="Instant"/>, <see cref="Period"/>, <see cref="DateTimeZone"/>): each package's
/// source-generated context lists this single type in <c>JsonSourceGenerationOptions.Converters</c>.
/// </summary>
public sealed class NodaTimeIsoJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert == typeof(LocalDate) || typeToConvert == typeof(LocalDateTime) || typeToConvert == typeof(LocalTime) ||
        typeToConvert == typeof(Instant) || typeToConvert == typeof(Period) || typeof(DateTimeZone).IsAssignableFrom(typeToConvert);

    /// <inheritdoc />
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        typeToConvert == typeof(LocalDate) ? new LocalDateIsoJsonConverter()
        : typeToConvert == typeof(LocalDateTime) ? new LocalDateTimeIsoJsonConverter()
        : typeToConvert == typeof(LocalTime) ? new LocalTimeIsoJsonConverter()
        : typeToConvert == typeof(Instant) ? new InstantIsoJsonConverter()
        : typeToConvert == typeof(Period) ? new PeriodIsoJsonConverter()
        : typeof(DateTimeZone).IsAssignableFrom(typeToConvert) ? new DateTimeZoneJsonConverter()
        : throw new ArgumentOutOfRangeException(nameof(typeToConvert), typeToConvert, "typeToConvert must be a NodaTime type this factory converts; see CanConvert.");
}
