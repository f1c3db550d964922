using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.DependencyInjection;
using Justice.Domain.Identity.Places;
using Justice.Domain.Identity.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Domain.Identity.Tests.DependencyInjection;

public sealed class IdentityServiceCollectionExtensionsTests
{
    [Fact]
    public void AddJusticeDomainIdentity_RegistersProfiles_KeepsOwnNormalizer()
    {
        var mine = new FrenchNameNormalizer(["TER"], ["INCONNU"]);
        var services = new ServiceCollection().AddSingleton(mine).AddJusticeDomainIdentity().AddJusticeDomainIdentity();
        using var provider = services.BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<FrenchNameNormalizer>());
        Assert.Same(CommuneDirectory.Default, provider.GetRequiredService<CommuneDirectory>());
        Assert.NotNull(provider.GetRequiredService<CivilStatusProfile>().Profile);
        Assert.Same(FebrlProfile.Default, provider.GetRequiredService<FebrlProfile>());
        Assert.Single(services, d => d.ServiceType == typeof(CivilStatusProfile));
    }
}
