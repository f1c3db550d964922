namespace Justice.Samples.Cli;

/// <summary>A step of <c>justice tour</c>: runs a capability on embedded default data and prints what it did.</summary>
public interface IShowcase
{
    /// <summary>Position in the tour (Core 100, Deliberation 200, USM 300, CAV 400, Allocation 500, Identity 600).</summary>
    int Order { get; }

    /// <summary>The title printed before the step.</summary>
    string Title { get; }

    /// <summary>Runs the step.</summary>
    /// <param name="context">Where to write.</param>
    void Run(CliContext context);
}
