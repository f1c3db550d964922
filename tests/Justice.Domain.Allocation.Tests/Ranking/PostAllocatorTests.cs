using FsCheck.Xunit;
using Justice.Domain.Allocation.Data;
using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Validation;

namespace Justice.Domain.Allocation.Tests.Ranking;

public class PostAllocatorTests
{
    private static readonly PostAllocator Production = new();
    private static readonly ReferencePostAllocator Reference = new();

    [Property]
    public Property Allocate_RandomInputsWithTies_EqualsReference()
    {
        return Prop.ForAll(AllocationGenerators.Specs().ToArbitrary(), spec =>
        {
            var problem = spec.ToProblem();
            return ResultComparison.Json(Production.Allocate(problem)) == ResultComparison.Json(Reference.Allocate(problem));
        });
    }

    [Fact]
    public void Allocate_LargerRandomInputs_EqualsReference()
    {
        Prop.ForAll(AllocationGenerators.Specs(maxCourts: 60, maxPosts: 80).ToArbitrary(), spec =>
        {
            var problem = spec.ToProblem();
            return ResultComparison.Json(Production.Allocate(problem)) == ResultComparison.Json(Reference.Allocate(problem));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    [Fact]
    public void Allocate_SyntheticNationalDataset_EqualsReference()
    {
        var problem = AllocationRequestValidator.Validate(SyntheticNationalDataset.Create() with { Posts = 120 }).GetProblemOrThrow();
        var production = Production.Allocate(problem);
        Assert.Equal(ResultComparison.Json(Reference.Allocate(problem)), ResultComparison.Json(production));
        Assert.Equal(120, production.Allocations.Count);
    }

    [Fact]
    public void Allocate_SyntheticFractional_EqualsReference()
    {
        var request = SyntheticNationalDataset.Create(300, 200, seed: 7) with { TieConvention = TieConvention.Fractional };
        var problem = AllocationRequestValidator.Validate(request).GetProblemOrThrow();
        Assert.Equal(ResultComparison.Json(Reference.Allocate(problem)), ResultComparison.Json(Production.Allocate(problem)));
    }

    [Property]
    public Property Allocate_AnyInput_AllocatedPlusUnallocatedEqualsPostsAsked()
    {
        return Prop.ForAll(AllocationGenerators.Specs().ToArbitrary(), spec =>
        {
            var result = Production.Allocate(spec.ToProblem());
            return result.Allocations.Count + result.Unallocated == spec.Posts
                && result.Totals.Values.Sum() == result.Allocations.Count
                && result.Allocations.Select(a => a.Order).SequenceEqual(Enumerable.Range(1, result.Allocations.Count))
                && (result.Unallocated == 0) == (result.UnallocatedReason is null);
        });
    }

    [Property]
    public Property Allocate_OnePostMore_IsPrefix()
    {
        return Prop.ForAll(AllocationGenerators.Specs().ToArbitrary(), spec =>
        {
            var problem = spec.ToProblem();
            var shorter = Production.Allocate(problem);
            var longer = Production.Allocate(problem.WithPosts(problem.Posts + 1));
            return shorter.Allocations.Select(a => ResultComparison.Json(a)).SequenceEqual(longer.Allocations.Take(shorter.Allocations.Count).Select(a => ResultComparison.Json(a)));
        });
    }

    [Property]
    public Property Allocate_CourtsInAnotherOrder_SameResult()
    {
        var arb = AllocationGenerators.Specs()
            .SelectMany(spec => Gen.Choose(0, 1000).ArrayOf(spec.Courts.Length).Select(keys => (spec, keys)))
            .ToArbitrary();
        return Prop.ForAll(arb, input =>
        {
            var request = input.spec.ToRequest();
            var shuffled = request with { Courts = request.Courts.Select((c, i) => (c, k: input.keys[i])).OrderBy(p => p.k).Select(p => p.c).ToArray() };
            var original = Production.Allocate(AllocationRequestValidator.Validate(request).GetProblemOrThrow());
            var permuted = Production.Allocate(AllocationRequestValidator.Validate(shuffled).GetProblemOrThrow());
            return ResultComparison.Json(original) == ResultComparison.Json(permuted);
        });
    }

    [Property]
    public Property Allocate_PerMagistrateCriterionScaled_SameAllocation()
    {
        var arb = AllocationGenerators.Specs()
            .Where(spec => spec.Criteria.Any(c => c.PerMagistrate))
            .SelectMany(spec => Gen.Elements(2m, 3m, 7m, 1000m, 0.5m, 0.25m).Select(factor => (spec, factor)))
            .ToArbitrary();
        return Prop.ForAll(arb, input =>
        {
            var request = input.spec.ToRequest();
            var id = request.Criteria.First(c => c.PerMagistrate).Id;
            var scaled = request with
            {
                Courts = request.Courts.Select(c => c with
                {
                    Values = c.Values.ToDictionary(p => p.Key, p => p.Key == id ? (IReadOnlyList<decimal>)p.Value.Select(v => v * input.factor).ToArray() : p.Value),
                }).ToArray(),
            };
            var original = Production.Allocate(AllocationRequestValidator.Validate(request).GetProblemOrThrow());
            var rescaled = Production.Allocate(AllocationRequestValidator.Validate(scaled).GetProblemOrThrow());
            return ResultComparison.Sequence(original) == ResultComparison.Sequence(rescaled);
        });
    }

    [Property]
    public Property Allocate_AnyInput_NeverExceedsCapsNorServesIneligibleCourts()
    {
        return Prop.ForAll(AllocationGenerators.Specs().ToArbitrary(), spec =>
        {
            var problem = spec.ToProblem();
            var result = Production.Allocate(problem);
            return problem.Courts.All(c => result.Totals[c.Id] <= (c.MaxPosts ?? int.MaxValue) && (c.Eligible || result.Totals[c.Id] == 0));
        });
    }

    [Property]
    public Property Allocate_SameProblemTwice_SameResult()
    {
        return Prop.ForAll(AllocationGenerators.Specs().ToArbitrary(), spec =>
        {
            var problem = spec.ToProblem();
            return ResultComparison.Json(Production.Allocate(problem)) == ResultComparison.Json(Production.Allocate(problem))
                && ResultComparison.Json(Reference.Allocate(problem)) == ResultComparison.Json(Reference.Allocate(problem));
        });
    }

    [Fact]
    [Trait("Article", "Circ. SJ 00-124, annexe I, 1, Vice-présidents pour la détention")]
    public void Allocate_PostCrossingABracket_RaisesTheCourtsLoad()
    {
        // 5 non-specialised + 25 specialised: siège of 30, 10 % → 7.5; one post: siège of 31, 5 % → 6 + 1.25 = 7.25.
        var values = new Dictionary<string, IReadOnlyList<decimal>> { ["civil_flow"] = [1500m] };
        var request = new AllocationRequest(
            2,
            [new Criterion("civil_flow")],
            [new Court("TJ-Q", "Quirk", values, 5, 25), new Court("TJ-O", "Other", new Dictionary<string, IReadOnlyList<decimal>> { ["civil_flow"] = [100m] }, 10)]);
        var result = Production.Allocate(AllocationRequestValidator.Validate(request).GetProblemOrThrow());

        Assert.Equal(7.5m, result.Allocations[0].CorrectedHeadcount);
        Assert.Equal(7.25m, result.Allocations[0].CorrectedHeadcountAfter);
        Assert.Equal(200d, result.Allocations[0].Standings[0].Load);
        Assert.True(result.Allocations[1].Standings[0].Load > 200d);
        Assert.Equal(["TJ-Q", "TJ-Q"], result.Allocations.Select(a => a.CourtId));
    }

    [Fact]
    public void Allocate_FinalStandings_ReadLikeAList()
    {
        var problem = AllocationRequestValidator.Validate(SyntheticNationalDataset.Create() with { Posts = 10 }).GetProblemOrThrow();
        var reference = Reference.Allocate(problem).FinalRanking[0].Standings;
        var standings = Production.Allocate(problem).FinalRanking[0].Standings;
        Assert.Equal(problem.Criteria.Count, standings.Count);
        Assert.Equal(reference, standings.ToList());
        Assert.Equal(standings.ToList(), Enumerable.Range(0, standings.Count).Select(c => standings[c]));
        Assert.Throws<ArgumentOutOfRangeException>(() => standings[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => standings[standings.Count]);
    }

    [Fact]
    public void Allocate_PostStandings_ReadLikeAList()
    {
        // 120 posts: the audit trail's table grows past its first capacity.
        var problem = AllocationRequestValidator.Validate(SyntheticNationalDataset.Create() with { Posts = 120 }).GetProblemOrThrow();
        var reference = Reference.Allocate(problem).Allocations;
        var production = Production.Allocate(problem).Allocations;
        for (var post = 0; post < production.Count; post += 17)
        {
            var standings = production[post].Standings;
            Assert.Equal(problem.Criteria.Count, standings.Count);
            Assert.Equal(reference[post].Standings, standings.ToList());
            Assert.Equal(standings.ToList(), Enumerable.Range(0, standings.Count).Select(c => standings[c]));
            Assert.Throws<ArgumentOutOfRangeException>(() => standings[-1]);
            Assert.Throws<ArgumentOutOfRangeException>(() => standings[standings.Count]);
        }
    }

    /// <summary>
    /// One allocator, two different problems of the same size one after the other (so the second reuses the first's
    /// working arrays), then the first again: each result equals a fresh allocator's, and an earlier result does not
    /// change when the allocator is used again.
    /// </summary>
    [Property]
    public Property Allocate_SameAllocatorOnProblemsOfOneSize_EqualsFreshAllocator()
    {
        var arb = AllocationGenerators.Specs().SelectMany(first => AllocationGenerators.Specs().Select(second => (first, second))).ToArbitrary();
        return Prop.ForAll(arb, input =>
        {
            var (first, other) = input;
            var criteria = first.Criteria.Length;
            var second = first with
            {
                Posts = other.Posts,
                Courts = Enumerable.Range(0, first.Courts.Length).Select(i =>
                {
                    var court = other.Courts[i % other.Courts.Length];
                    return court with { Values = Enumerable.Range(0, criteria).Select(c => court.Values[c % court.Values.Length]).ToArray() };
                }).ToArray(),
            };
            var firstProblem = first.ToProblem();
            var secondProblem = second.ToProblem();
            var shared = new PostAllocator();
            var firstResult = shared.Allocate(firstProblem);
            var firstJson = ResultComparison.Json(firstResult);
            var secondJson = ResultComparison.Json(shared.Allocate(secondProblem));
            var againJson = ResultComparison.Json(shared.Allocate(firstProblem));
            return firstJson == ResultComparison.Json(new PostAllocator().Allocate(firstProblem))
                && secondJson == ResultComparison.Json(new PostAllocator().Allocate(secondProblem))
                && againJson == firstJson
                && ResultComparison.Json(firstResult) == firstJson;
        });
    }

    /// <summary>Several threads share one allocator on problems of one size: every result is the expected one (a call's working arrays are its own).</summary>
    [Fact]
    public void Allocate_ConcurrentCallsOnOneAllocator_EachGetsItsOwnResult()
    {
        var problems = new ulong[] { 3, 5, 7 }.Select(seed => AllocationRequestValidator.Validate(SyntheticNationalDataset.Create(120, 60, seed)).GetProblemOrThrow()).ToArray();
        var expected = problems.Select(p => ResultComparison.Json(Reference.Allocate(p))).ToArray();
        var shared = new PostAllocator();
        var wrong = 0;
        Parallel.For(0, 300, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            if (ResultComparison.Json(shared.Allocate(problems[i % 3])) != expected[i % 3])
            {
                Interlocked.Increment(ref wrong);
            }
        });
        Assert.Equal(0, wrong);
    }

    [Fact]
    public void Allocate_NullProblem_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Production.Allocate(null!));
    }
}
