using System.Globalization;

namespace Justice.Domain.Allocation.Validation;

/// <summary>
/// <i>Contrôle des données</i>: the outcome of checking an allocation's input: either a validated
/// <see cref="AllocationProblem"/> or every error found. Nothing is dropped silently: since every court is ranked
/// against all the others, a single bad court makes the whole input unusable, and the errors say which.
/// </summary>
public sealed record AllocationValidation
{
    private AllocationValidation(AllocationProblem? problem, IReadOnlyList<AllocationInputError> errors)
    {
        Problem = problem;
        Errors = errors;
    }

    /// <summary>The validated problem, or null when <see cref="Errors"/> is not empty.</summary>
    public AllocationProblem? Problem { get; }

    /// <summary>Every error found, in input order.</summary>
    public IReadOnlyList<AllocationInputError> Errors { get; }

    /// <summary>Whether the input is valid.</summary>
    public bool IsValid => Problem is not null;

    /// <summary>A one-line count of what was rejected, for example "3 errors (2 courts, 1 other item)"; "valid" when there is none.</summary>
    public string Summary
    {
        get
        {
            if (IsValid)
            {
                return "valid";
            }

            var courts = Errors.Where(e => e.Item.StartsWith("court ", StringComparison.Ordinal)).Select(e => e.Item).Distinct(StringComparer.Ordinal).Count();
            var others = Errors.Where(e => !e.Item.StartsWith("court ", StringComparison.Ordinal)).Select(e => e.Item).Distinct(StringComparer.Ordinal).Count();
            return string.Create(CultureInfo.InvariantCulture, $"{Errors.Count} error{(Errors.Count == 1 ? string.Empty : "s")} ({courts} court{(courts == 1 ? string.Empty : "s")}, {others} other item{(others == 1 ? string.Empty : "s")})");
        }
    }

    /// <summary>The summary followed by every error, one per line.</summary>
    /// <returns>The report.</returns>
    public string Describe() => IsValid ? Summary : Summary + ":" + Environment.NewLine + string.Join(Environment.NewLine, Errors.Select(e => "  " + e));

    /// <summary>Returns the problem, or throws with <see cref="Describe"/> when the input is invalid (for callers who treat bad input as a bug).</summary>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentException">The input is invalid.</exception>
    public AllocationProblem GetProblemOrThrow() =>
        Problem ?? throw new ArgumentException("The allocation input is invalid: " + Describe());

    internal static AllocationValidation Valid(AllocationProblem problem) => new(problem, []);

    internal static AllocationValidation Invalid(IReadOnlyList<AllocationInputError> errors) => new(null, errors);
}
