using FsCheck.Xunit;
using System.Text.Json;
using Justice.Domain.Core.Serialization;
using NodaTime;

namespace Justice.Domain.Core.Tests;

public class NodaTimeJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = JusticeJson.CreateOptions();

    private static Gen<LocalDate> Dates => Gen.Choose(-200_000, 200_000).Select(d => new LocalDate(2000, 1, 1).PlusDays(d));

    private static Gen<LocalTime> Times =>
        Gen.Choose(0, 86_399).Zip(Gen.Choose(0, 999_999_999)).Select(t => LocalTime.FromSecondsSinceMidnight(t.Item1).PlusNanoseconds(t.Item2));

    [Property]
    public Property LocalDate_RoundTrips()
    {
        return Prop.ForAll(Dates.ToArbitrary(), d => RoundTrip(d) == d);
    }

    [Property]
    public Property LocalTime_RoundTrips()
    {
        return Prop.ForAll(Times.ToArbitrary(), t => RoundTrip(t) == t);
    }

    [Property]
    public Property LocalDateTime_RoundTrips()
    {
        return Prop.ForAll(Dates.Zip(Times).Select(p => p.Item1 + p.Item2).ToArbitrary(), t => RoundTrip(t) == t);
    }

    [Property]
    public Property Instant_RoundTrips()
    {
        var gen = Gen.Choose(-1_000_000, 1_000_000).Zip(Gen.Choose(0, 999_999_999))
            .Select(p => Instant.FromUnixTimeSeconds(p.Item1 * 3_000L).PlusNanoseconds(p.Item2));
        return Prop.ForAll(gen.ToArbitrary(), i => RoundTrip(i) == i);
    }

    [Property]
    public Property Period_RoundTripsExactly()
    {
        var gen = Gen.Choose(-50, 50).ArrayOf(6).Select(a =>
            new PeriodBuilder { Years = a[0], Months = a[1], Days = a[2], Hours = a[3], Minutes = a[4], Seconds = a[5] }.Build());
        return Prop.ForAll(gen.ToArbitrary(), p => RoundTrip(p) == p);
    }

    [Property]
    public Property DateTimeZone_RoundTrips()
    {
        var ids = DateTimeZoneProviders.Tzdb.Ids.Take(200).ToArray();
        return Prop.ForAll(Gen.Elements(ids).ToArbitrary(), id =>
        {
            var zone = DateTimeZoneProviders.Tzdb[id];
            return RoundTrip(zone).Id == zone.Id;
        });
    }

    [Fact]
    public void LocalDate_WritesIso()
    {
        Assert.Equal("\"2026-02-12\"", JsonSerializer.Serialize(new LocalDate(2026, 2, 12), Options));
        Assert.Equal("\"2026-02-12\"", JsonSerializer.Serialize(new LocalDate(2026, 2, 12), CoreJsonContext.Default.LocalDate));
    }

    [Theory]
    [InlineData("\"1985-13-45\"", typeof(LocalDate), "1985-13-45")]
    [InlineData("\"12/02/2026\"", typeof(LocalDate), "yyyy-MM-dd")]
    [InlineData("\"25:00\"", typeof(LocalTime), "HH:mm:ss")]
    [InlineData("\"2026-02-12 17:00\"", typeof(LocalDateTime), "yyyy-MM-ddTHH:mm:ss")]
    [InlineData("\"yesterday\"", typeof(Instant), "yesterday")]
    [InlineData("\"1 year\"", typeof(Period), "ISO 8601 period")]
    [InlineData("\"Europe/Atlantis\"", typeof(DateTimeZone), "Europe/Atlantis")]
    [InlineData("20260212", typeof(LocalDate), "JSON string")]
    public void Read_Malformed_ThrowsJsonExceptionQuotingValueAndFormat(string json, Type type, string expectedInMessage)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type, Options));
        Assert.Contains(expectedInMessage, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceGeneratedContext_UsesTheFactoryForEveryNodaTimeType()
    {
        var context = CoreJsonContext.Default;
        Assert.Equal("\"2026-02-12T17:00:00\"", JsonSerializer.Serialize(new LocalDateTime(2026, 2, 12, 17, 0), context.LocalDateTime));
        Assert.Equal("\"17:00:00\"", JsonSerializer.Serialize(new LocalTime(17, 0), context.LocalTime));
        Assert.Equal("\"2026-02-12T16:00:00Z\"", JsonSerializer.Serialize(Instant.FromUtc(2026, 2, 12, 16, 0), context.Instant));
        Assert.Equal("\"P1Y2M15D\"", JsonSerializer.Serialize(Period.FromYears(1) + Period.FromMonths(2) + Period.FromDays(15), context.Period));
        Assert.Equal("\"Europe/Paris\"", JsonSerializer.Serialize(DateTimeZoneProviders.Tzdb["Europe/Paris"], context.DateTimeZone));
        Assert.Equal(new LocalDate(2026, 2, 12), JsonSerializer.Deserialize("\"2026-02-12\"", context.LocalDate));
    }

    [Fact]
    public void Factory_OtherType_CannotConvert()
    {
        var factory = new NodaTimeIsoJsonConverterFactory();
        Assert.False(factory.CanConvert(typeof(DateTime)));
        Assert.True(factory.CanConvert(typeof(Period)));
        Assert.Throws<ArgumentOutOfRangeException>(() => factory.CreateConverter(typeof(DateTime), JsonSerializerOptions.Default));
    }

    private static T RoundTrip<T>(T value)
    {
        var json = JsonSerializer.Serialize(value, Options);
        return JsonSerializer.Deserialize<T>(json, Options)!;
    }
}
