namespace Justice.Domain.Allocation.Validation;

/// <summary>
/// <i>Anomalie des données</i>: one problem in an allocation's input, naming the item (a court, a criterion, a
/// bracket, the request), the field and the rule broken, so that the statistics can be corrected at the source.
/// </summary>
/// <param name="Item">The item, for example "court 'TJ-LILLE'" or "criterion 'civil_flow'".</param>
/// <param name="Field">The field, for example "values.civil_flow[2]".</param>
/// <param name="Message">The rule broken and the value found.</param>
public sealed record AllocationInputError(string Item, string Field, string Message)
{
    /// <summary>Formats the error as "item, field: message".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Item + ", " + Field + ": " + Message;
}
