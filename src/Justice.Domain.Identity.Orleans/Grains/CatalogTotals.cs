using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>The referential-wide counts a query needs, with the version of the spread-key table.</summary>
[GenerateSerializer, Immutable]
internal sealed record CatalogTotals([property: Id(0)] long Records, [property: Id(1)] long[] FieldTotals, [property: Id(2)] long SpreadVersion);
