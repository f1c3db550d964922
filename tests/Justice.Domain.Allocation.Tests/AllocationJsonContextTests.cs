using FsCheck.Xunit;
using System.Text.Json;
using Justice.Domain.Allocation.Caps;
using Justice.Domain.Allocation.Comparison;
using Justice.Domain.Allocation.Data;
using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Results;
using Justice.Domain.Allocation.Serialization;
using Justice.Domain.Allocation.Tests.Ranking;
using Justice.Domain.Allocation.Validation;
using Justice.Domain.Deliberation.Apportionment;

namespace Justice.Domain.Allocation.Tests;

public class AllocationJsonContextTests
{
    [Property]
    public Property AllocationResult_RoundTrip_IsLossless()
    {
        return Prop.ForAll(AllocationGenerators.Specs().ToArbitrary(), spec =>
        {
            var result = new PostAllocator().Allocate(spec.ToProblem());
            var json = ResultComparison.Json(result);
            var back = JsonSerializer.Deserialize(json, AllocationJsonContext.Default.AllocationResult)!;
            return ResultComparison.Json(back) == json && back.Allocations.Count == result.Allocations.Count;
        });
    }

    [Fact]
    public void AllocationResult_Json_HasTheDocumentedShape()
    {
        var result = new PostAllocator().Allocate(WorkedExample.Problem());
        using var document = JsonDocument.Parse(ResultComparison.Json(result));
        var root = document.RootElement;
        var first = root.GetProperty("allocations")[0];
        Assert.Equal(1, first.GetProperty("order").GetInt32());
        Assert.Equal("TJ-B", first.GetProperty("courtId").GetString());
        Assert.Equal(3m, first.GetProperty("rankSum").GetDecimal());
        Assert.Equal(2, root.GetProperty("totals").GetProperty("TJ-A").GetInt32());
        Assert.Equal(0, root.GetProperty("unallocated").GetInt32());
    }

    [Fact]
    public void AllocationRequest_RoundTrip_SameAllocation()
    {
        var request = SyntheticNationalDataset.Create() with { TieConvention = TieConvention.Fractional };
        var json = JsonSerializer.Serialize(request, AllocationJsonContext.Default.AllocationRequest);
        var back = JsonSerializer.Deserialize(json, AllocationJsonContext.Default.AllocationRequest)!;
        var allocator = new PostAllocator();
        Assert.Equal(
            ResultComparison.Json(allocator.Allocate(AllocationRequestValidator.Validate(request).GetProblemOrThrow())),
            ResultComparison.Json(allocator.Allocate(AllocationRequestValidator.Validate(back).GetProblemOrThrow())));
    }

    [Fact]
    public void AllocationInputError_Serializes()
    {
        var json = JsonSerializer.Serialize(new AllocationInputError("court 'T'", "values.k", "is missing"), AllocationJsonContext.Default.AllocationInputError);
        Assert.Equal(new AllocationInputError("court 'T'", "values.k", "is missing"), JsonSerializer.Deserialize(json, AllocationJsonContext.Default.AllocationInputError));
        Assert.Contains("\"field\":\"values.k\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void UnallocatedReason_SerializesAsName()
    {
        var request = WorkedExample.Request();
        request = request with { Courts = request.Courts.Select(c => c with { Eligible = false }).ToArray() };
        var result = new PostAllocator().Allocate(AllocationRequestValidator.Validate(request).GetProblemOrThrow());
        Assert.Contains("\"unallocatedReason\":\"NoEligibleCourt\"", ResultComparison.Json(result), StringComparison.Ordinal);
        Assert.Equal(UnallocatedReason.NoEligibleCourt, result.UnallocatedReason);
    }

    [Fact]
    public void PlacedMagistrateCap_RoundTrip_IsLossless()
    {
        var cap = PlacedMagistrateCap.For("CA-DOUAI", 150, 7, PlacedMagistrateQuota.Ordinance58_1270In2000);
        var json = JsonSerializer.Serialize(cap, AllocationJsonContext.Default.PlacedMagistrateCap);
        Assert.Equal(cap, JsonSerializer.Deserialize(json, AllocationJsonContext.Default.PlacedMagistrateCap));
    }

    [Fact]
    public void WorkloadApportionmentOutcome_Serializes_TotalsAndExplanation()
    {
        var outcome = WorkloadApportionment.Apportion(WorkedExample.Problem(), ApportionmentMethod.SainteLague, HeadcountBasis.NonSpecialized);
        var json = JsonSerializer.Serialize(outcome, AllocationJsonContext.Default.WorkloadApportionmentOutcome);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(4, document.RootElement.GetProperty("totals").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.True(document.RootElement.GetProperty("apportionment").GetProperty("explanation").GetArrayLength() > 0);
    }
}
