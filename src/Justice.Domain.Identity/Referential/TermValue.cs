namespace Justice.Domain.Identity.Referential;

/// <summary>
/// A value whose frequency among the stored records weighs an exact agreement (a normalised surname or first name),
/// as a store counts it: the store keeps, for each field and value, how many records hold it.
/// </summary>
/// <param name="Field">The field's index in the profile's comparisons.</param>
/// <param name="Value">The normalised value.</param>
public readonly record struct TermValue(int Field, string Value);
