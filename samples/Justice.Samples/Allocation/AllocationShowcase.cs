using Justice.Domain.Allocation.Data;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Validation;
using Justice.Samples.Cli;
using Spectre.Console;

namespace Justice.Samples.Allocation;

/// <summary>Tour step: 12 posts on the embedded synthetic national dataset, each explained, with the top of the ranking.</summary>
public sealed class AllocationShowcase : IShowcase
{
    /// <inheritdoc />
    public int Order => 500;

    /// <inheritdoc />
    public string Title => "Allocation: new magistrate posts by weighted workload rank (circular SJ 00-124, 2000)";

    /// <inheritdoc />
    public void Run(CliContext context)
    {
        var problem = AllocationRequestValidator.Validate(SyntheticNationalDataset.Create() with { Posts = 12 }).GetProblemOrThrow();
        var result = new PostAllocator().Allocate(problem);
        AllocationModule.Print(context, problem, result, "Embedded SYNTHETIC national dataset (not real statistics)", 5);
        context.Console.WriteLine("First post explained: " + result.Allocations[0].Describe());
    }
}
