using System.Text.Json;
using Justice.Domain.Allocation.Results;
using Justice.Domain.Allocation.Serialization;

namespace Justice.Domain.Allocation.Tests.Ranking;

/// <summary>Compares results exactly, through their JSON form (every field, every number).</summary>
internal static class ResultComparison
{
    public static string Json(AllocationResult result) => JsonSerializer.Serialize(result, AllocationJsonContext.Default.AllocationResult);

    public static string Json(PostAllocation post) => JsonSerializer.Serialize(post, AllocationJsonContext.Default.PostAllocation);

    public static string Sequence(AllocationResult result) =>
        string.Join(",", result.Allocations.Select(a => a.CourtId + ":" + a.RankSum.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + "[" + string.Join(";", a.Standings.Select(s => s.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]"))
        + "|" + result.Unallocated.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + result.UnallocatedReason;
}
