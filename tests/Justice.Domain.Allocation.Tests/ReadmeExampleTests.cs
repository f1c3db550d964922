using Justice.Domain.Allocation.Input;
using Justice.Domain.Allocation.Ranking;

namespace Justice.Domain.Allocation.Tests;

/// <summary>The code of src/Justice.Domain.Allocation/README.md, kept compiling and checked.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void Readme_Example_DescribesEveryPost()
    {
        var json = WorkedExample.Json;
        var lines = new List<string>();

        var validation = AllocationInputReader.Read(json);        // or AllocationRequestValidator.Validate(request)
        if (validation.Problem is null)
        {
            lines.Add(validation.Describe());
            return;
        }

        var result = new PostAllocator().Allocate(validation.Problem);
        foreach (var post in result.Allocations)
        {
            lines.Add(post.Describe());
        }

        Assert.Equal(4, lines.Count);
        Assert.StartsWith("post 1 → TJ-B: position 1, rank sum 3 (", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_InvalidInput_DescribesTheErrors()
    {
        var validation = AllocationInputReader.Read("""{ "posts": 1, "criteria": [ { "id": "k" } ], "courts": [ { "id": "TJ-X", "nonSpecialized": 2, "values": { "k": [1, -5] } } ] }""");
        Assert.Null(validation.Problem);
        Assert.StartsWith("1 error (1 court, 0 other items):", validation.Describe(), StringComparison.Ordinal);
        Assert.Contains("court 'TJ-X', values.k[1]", validation.Describe(), StringComparison.Ordinal);
    }
}
