using Justice.Domain.Core;
using Justice.Domain.Deliberation.Apportionment;
using Justice.Domain.Deliberation.DependencyInjection;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Deliberation.Serialization;
using Justice.Domain.Deliberation.Ties;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Domain.Deliberation.Tests;

public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_CavSeats_Compiles_And_Gives4ToUsm()
    {
        // Same code as src/Justice.Domain.Deliberation/README.md.
        var art14 = LegalReference.Article(LegalText.Decree2025_659, "14");
        var outcome = SeatApportionment.Apportion(
            ApportionmentMethod.LargestRemainderHare, 6,
            [new ListVotes("USM", 6099), new ListVotes("SM", 2503), new ListVotes("UM-FO", 1251), new ListVotes("CFDT", 146)],
            TieBreakChain.MostVotesThenLot(DrawingOfLots.Seeded(2026), art14),
            art14);
        Assert.Equal(4, outcome.SeatsOf("USM"));
        Assert.Contains("Décret 2025-659, art. 14", outcome.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddJusticeDomainDeliberation_RegistersTheJsonContextOnce()
    {
        var services = new ServiceCollection().AddJusticeDomainDeliberation().AddJusticeDomainDeliberation();
        using var provider = services.BuildServiceProvider();
        Assert.Same(DeliberationJsonContext.Default, provider.GetRequiredService<DeliberationJsonContext>());
        Assert.Single(services, d => d.ServiceType == typeof(DeliberationJsonContext));
        Assert.NotNull(provider.GetService<NodaTime.IClock>());
    }
}
