namespace Justice.Domain.Identity.Matching;

/// <summary>
/// <i>Règle de blocage</i>: records sharing a key of this rule are compared. <see cref="Fields"/> are the compared
/// fields the rule conditions on: training does not estimate their m from this rule's pairs (as Splink does).
/// </summary>
/// <param name="Description">What the key is made of.</param>
/// <param name="Fields">The compared fields the key depends on.</param>
public sealed record BlockingRule(string Description, IReadOnlyList<string> Fields);
