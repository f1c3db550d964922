namespace Justice.Domain.Identity.Referential;

/// <summary>The size of a store.</summary>
/// <param name="Records">The person records.</param>
/// <param name="KeyPostings">The (blocking key, record) rows.</param>
/// <param name="DistinctKeys">The distinct blocking keys.</param>
/// <param name="SchemaVersion">The store's schema version.</param>
/// <param name="ModelVersion">The stored match model's document version, or null when no model is stored.</param>
public sealed record StoreStatistics(long Records, long KeyPostings, long DistinctKeys, int SchemaVersion, int? ModelVersion);
