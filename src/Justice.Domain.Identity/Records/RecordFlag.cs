namespace Justice.Domain.Identity.Records;

/// <summary>
/// <i>Signalement d'une ligne</i>: a value of a kept record that could not be read as given (an impossible date part,
/// a malformed code, an unknown sex, a death date before the birth date). The record goes on with that value read as
/// unknown (or, for a death date before the birth, as given); the flag says which line, record, field and rule, never
/// the value.
/// </summary>
/// <param name="Line">The 1-based line number in the input (header = line 1).</param>
/// <param name="Id">The record id.</param>
/// <param name="Field">The column.</param>
/// <param name="Rule">The rule the value breaks and what was kept.</param>
public sealed record RecordFlag(int Line, string Id, string Field, string Rule)
{
    /// <summary>The flag as one line of text.</summary>
    /// <returns>For example <c>line 3 (id p7): birth_date: day does not exist in that month; read as unknown</c>.</returns>
    public override string ToString() => FormattableString.Invariant($"line {Line} (id {Id}): {Field}: {Rule}");
}
