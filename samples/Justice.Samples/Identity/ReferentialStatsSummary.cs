using Justice.Domain.Identity.Referential;

namespace Justice.Samples.Identity;

/// <summary>What <c>identity referential stats --json</c> prints.</summary>
/// <param name="Store">The store's counts.</param>
/// <param name="Find">The Find timing, when --queries was given.</param>
internal sealed record ReferentialStatsSummary(StoreStatistics Store, FindTiming? Find);
