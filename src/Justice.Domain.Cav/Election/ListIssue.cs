using Justice.Domain.Core;

namespace Justice.Domain.Cav.Election;

/// <summary><i>Irrecevabilité</i>: one reason a list is inadmissible, naming the list and the rule.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Message">What is wrong, naming the list (and the candidate).</param>
/// <param name="Reference">The rule.</param>
public sealed record ListIssue(ListIssueKind Kind, string Message, LegalReference Reference);
