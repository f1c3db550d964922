using Justice.Domain.Allocation.Input;
using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Ranking;

namespace Justice.Domain.Allocation.Tests.Input;

public class AllocationInputReaderTests
{
    [Fact]
    public void Read_WorkedExample_SameResultAsTheModel()
    {
        var problem = AllocationInputReader.Read(WorkedExample.Json).GetProblemOrThrow();
        var allocator = new PostAllocator();
        Assert.Equal(
            Ranking.ResultComparison.Json(allocator.Allocate(WorkedExample.Problem())),
            Ranking.ResultComparison.Json(allocator.Allocate(problem)));
    }

    [Fact]
    public void Read_MinimalCourt_AppliesTheDefaults()
    {
        const string json = """
            { "posts": 1, "criteria": [ { "id": "k" } ],
              "courts": [ { "id": "T", "nonSpecialized": 3, "values": { "k": [1] }, "extra": "ignored" } ] }
            """;
        var problem = AllocationInputReader.Read(json).GetProblemOrThrow();
        var court = Assert.Single(problem.Courts);
        var criterion = Assert.Single(problem.Criteria);
        Assert.Equal(("T", 0, 0m, 0, (int?)null, true, CourtKind.TribunalJudiciaire), (court.Name, court.Specialized, court.PopulationGrowth, court.PreviousPosts, court.MaxPosts, court.Eligible, court.Kind));
        Assert.Equal((1m, true, RankDirection.Descending), (criterion.Weight, criterion.PerMagistrate, criterion.Direction));
        Assert.Equal(TieConvention.Competition, problem.TieConvention);
        Assert.Same(SpecializedShareTable.Circular2000, problem.SpecializedShare);
    }

    [Fact]
    public void Read_AllFields_ReadsThem()
    {
        const string json = """
            { "posts": 2, "tieConvention": "fractional",
              "criteria": [ { "id": "k", "weight": 0.5, "perMagistrate": false, "direction": "ascending" } ],
              "specializedShare": [ { "maxSeatCount": 10, "percent": 30 }, { "maxSeatCount": null, "percent": 3 } ],
              "courts": [ { "id": "T", "name": "Tee", "kind": "courDAppel", "appealCourtId": "CA", "department": "59",
                            "nonSpecialized": 3, "specialized": 2, "values": { "k": [1.5, 2] }, "populationGrowth": 0.032,
                            "previousPosts": 1, "maxPosts": 3, "eligible": false } ] }
            """;
        var problem = AllocationInputReader.Read(json).GetProblemOrThrow();
        var court = Assert.Single(problem.Courts);
        Assert.Equal(("Tee", CourtKind.CourDAppel, "CA", "59", 2, 0.032m, 1, (int?)3, false), (court.Name, court.Kind, court.AppealCourtId, court.Department, court.Specialized, court.PopulationGrowth, court.PreviousPosts, court.MaxPosts, court.Eligible));
        Assert.Equal([1.5m, 2m], court.Values["k"]);
        Assert.Equal(TieConvention.Fractional, problem.TieConvention);
        Assert.Equal(30, problem.SpecializedShare.PercentFor(10));
        Assert.Equal((0.5m, false, RankDirection.Ascending), (problem.Criteria[0].Weight, problem.Criteria[0].PerMagistrate, problem.Criteria[0].Direction));
    }

    [Fact]
    public void Read_PostsOverride_ReplacesPosts()
    {
        Assert.Equal(9, AllocationInputReader.Read(WorkedExample.Json, postsOverride: 9).GetProblemOrThrow().Posts);
    }

    [Fact]
    public void Read_InvalidJson_SaysWhere()
    {
        var error = Assert.Single(AllocationInputReader.Read("{ \"posts\": 1, ").Errors);
        Assert.Equal("input", error.Item);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongTypes_NameCourtAndField()
    {
        const string json = """
            { "posts": 1, "criteria": [ { "id": "k" } ],
              "courts": [ { "id": "T1", "nonSpecialized": "three", "values": { "k": [1, "x"] } },
                          { "id": "T2", "nonSpecialized": 2, "values": { "k": [1] }, "eligible": "yes" } ] }
            """;
        var errors = AllocationInputReader.Read(json).Errors;
        Assert.Contains(errors, e => e.Item == "court 'T1'" && e.Field == "nonSpecialized" && e.Message.Contains("\"three\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Item == "court 'T1'" && e.Field == "values.k[1]");
        Assert.Contains(errors, e => e.Item == "court 'T2'" && e.Field == "eligible");
    }

    [Fact]
    public void Read_HugeNumber_NamesCourtAndField()
    {
        const string json = """
            { "posts": 1, "criteria": [ { "id": "k" } ],
              "courts": [ { "id": "T1", "nonSpecialized": 3, "values": { "k": [1e400] } } ] }
            """;
        var error = Assert.Single(AllocationInputReader.Read(json).Errors);
        Assert.Equal(("court 'T1'", "values.k[0]"), (error.Item, error.Field));
    }

    [Fact]
    public void Read_MissingFields_NameThem()
    {
        const string json = """
            { "criteria": [ { "id": "k" }, { "weight": 2 } ],
              "courts": [ { "id": "T1", "values": { "k": [1] } }, { "nonSpecialized": 1 } ] }
            """;
        var errors = AllocationInputReader.Read(json).Errors.Select(e => (e.Item, e.Field)).ToList();
        Assert.Contains(("request", "posts"), errors);
        Assert.Contains(("criterion #2", "id"), errors);
        Assert.Contains(("court 'T1'", "nonSpecialized"), errors);
        Assert.Contains(("court #2", "id"), errors);
        Assert.Equal(errors.Count, errors.Distinct().Count());
    }

    [Fact]
    public void Read_UnknownEnumText_ListsTheChoices()
    {
        const string json = """
            { "posts": 1, "tieConvention": "dense", "criteria": [ { "id": "k" } ],
              "courts": [ { "id": "T1", "nonSpecialized": 1, "values": { "k": [1] } } ] }
            """;
        var error = Assert.Single(AllocationInputReader.Read(json).Errors);
        Assert.Equal(("request", "tieConvention"), (error.Item, error.Field));
        Assert.Contains("competition, fractional", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BracketWithoutPercent_NamesTheBracket()
    {
        const string json = """
            { "posts": 1, "criteria": [ { "id": "k" } ], "specializedShare": [ { "maxSeatCount": null } ],
              "courts": [ { "id": "T1", "nonSpecialized": 1, "values": { "k": [1] } } ] }
            """;
        var errors = AllocationInputReader.Read(json).Errors;
        Assert.Contains(errors, e => e.Item == "specializedShare" && e.Field == "[0].percent");
    }

    [Fact]
    public void Read_NotAnObject_SaysSo()
    {
        var error = Assert.Single(AllocationInputReader.Read("[1, 2]").Errors);
        Assert.Equal(("request", "$"), (error.Item, error.Field));
    }
}
