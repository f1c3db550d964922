using System.Globalization;
using Justice.Domain.Allocation.Validation;

namespace Justice.Domain.Allocation.Sensitivity;

/// <summary>
/// <i>Contrôle de l'étude</i>: a <see cref="SensitivityStudy"/> ready to run, or every error found in the request, the
/// perturbation and the options, each naming its item and field. Nothing runs until all are right.
/// </summary>
public sealed record SensitivityPreparation
{
    internal SensitivityPreparation(SensitivityStudy? study, IReadOnlyList<AllocationInputError> errors)
    {
        Study = study;
        Errors = errors;
    }

    /// <summary>The study, or null when <see cref="Errors"/> is not empty.</summary>
    public SensitivityStudy? Study { get; }

    /// <summary>Every error: the request's (items "court '…'", "criterion '…'", "request"), then the perturbation's (item "perturbation") and the options' (item "options").</summary>
    public IReadOnlyList<AllocationInputError> Errors { get; }

    /// <summary>The number of errors followed by each, one per line; "valid" when there is none.</summary>
    /// <returns>The report.</returns>
    public string Describe() => Study is not null
        ? "valid"
        : string.Create(CultureInfo.InvariantCulture, $"{Errors.Count} error{(Errors.Count == 1 ? string.Empty : "s")}:") + Environment.NewLine + string.Join(Environment.NewLine, Errors.Select(e => "  " + e));

    /// <summary>Returns the study, or throws with <see cref="Describe"/>.</summary>
    /// <returns>The study.</returns>
    /// <exception cref="ArgumentException">Something is invalid.</exception>
    public SensitivityStudy GetStudyOrThrow() => Study ?? throw new ArgumentException("The sensitivity study is invalid: " + Describe());
}
