using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>The postings of a key a partition gives up when the key's spread widens, and how many it keeps.</summary>
[GenerateSerializer, Immutable]
internal sealed record MovedPostings([property: Id(0)] Posting[] Moved, [property: Id(1)] int Kept);
