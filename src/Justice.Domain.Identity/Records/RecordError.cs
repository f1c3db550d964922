namespace Justice.Domain.Identity.Records;

/// <summary><i>Rejet d'une ligne</i>: why an input row was left out (line, record id, field and rule; never the value).</summary>
/// <param name="Line">The 1-based line number in the input (header = line 1).</param>
/// <param name="Id">The record id, when readable.</param>
/// <param name="Field">The column at fault.</param>
/// <param name="Rule">The rule broken.</param>
public sealed record RecordError(int Line, string? Id, string Field, string Rule)
{
    /// <summary>The error as one line of text.</summary>
    /// <returns>For example <c>line 3 (id p7): birth_date: month must be 01-12 or 00 (unknown)</c>.</returns>
    public override string ToString() => FormattableString.Invariant($"line {Line} (id {Id ?? "?"}): {Field}: {Rule}");
}
