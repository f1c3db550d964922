namespace Justice.Domain.Identity.Scoring;

/// <summary><i>Paramètres d'un champ</i>: the levels of one compared field with their m and u.</summary>
/// <param name="Field">The field name.</param>
/// <param name="TermFrequency">Whether exact agreement is adjusted by the frequency of the value.</param>
/// <param name="Levels">The levels, strongest first.</param>
public sealed record FieldParameters(string Field, bool TermFrequency, IReadOnlyList<LevelParameters> Levels);
