using Justice.Domain.Cav.Sittings;
using NodaTime;
using Xunit;

namespace Justice.Domain.Cav.Tests.Sittings;

public class ConsultativeConvocationTests
{
    [Fact]
    public void OnRequest_HalfOfSix_ObligesWithinTwoMonths()
    {
        var decision = ConsultativeConvocation.OnRequest(6, 3, new LocalDate(2026, 4, 30));
        Assert.True(decision.Required);
        Assert.Equal(new LocalDate(2026, 6, 30), decision.ConveneBy);
    }

    [Fact]
    public void OnRequest_FewerThanHalf_DoesNotOblige()
    {
        var decision = ConsultativeConvocation.OnRequest(6, 2, new LocalDate(2026, 4, 30));
        Assert.False(decision.Required);
        Assert.Null(decision.ConveneBy);
        Assert.True(ConsultativeConvocation.OnRequest(7, 4, new LocalDate(2026, 4, 30)).Required);
        Assert.False(ConsultativeConvocation.OnRequest(7, 3, new LocalDate(2026, 4, 30)).Required);
    }

    [Fact]
    public void OnRequest_MoreSignatoriesThanRepresentatives_Throws()
    {
        Assert.Contains("signatories", Assert.Throws<ArgumentOutOfRangeException>(() => ConsultativeConvocation.OnRequest(6, 7, new LocalDate(2026, 1, 1))).Message, StringComparison.Ordinal);
    }
}
