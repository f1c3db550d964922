using Justice.Domain.Core;

namespace Justice.Domain.Cav.Election;

/// <summary><i>Électeur</i>: a magistrate as the electorate rule of the 1° election sees him or her.</summary>
/// <param name="Name">The name.</param>
/// <param name="Position">The administrative position.</param>
/// <param name="OnLongSickLeave">On <i>congé de longue maladie</i> or <i>de longue durée</i>.</param>
/// <param name="TemporarilyBarred">Under an <i>interdiction temporaire</i> of office.</param>
/// <param name="SitsUnder2To4">A member of the commission elected under art. 10-1-1, II, 2° to 4°.</param>
public sealed record Elector(string Name, AdministrativePosition Position, bool OnLongSickLeave = false, bool TemporarilyBarred = false, bool SitsUnder2To4 = false)
{
    /// <summary>The name.</summary>
    public string Name { get; init; } = Guard.NotBlank(Name);
}
