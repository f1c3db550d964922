namespace Justice.Domain.Identity.Referential;

/// <summary>What <see cref="IPairScoringStore.ScorePairsAsync"/> scores with: the profile's rules, their caps and the model.</summary>
/// <param name="BlockingRules">The profile's rules as <see cref="PersonReferential.RulesOf"/> names them; a partition prepares records with the profile of that name.</param>
/// <param name="ModelDocument">The match model, as JSON (<see cref="Serialization.IdentityJsonContext"/>).</param>
/// <param name="RuleDescriptions">For each rule, in the profile's order, its description (the blocking report's <see cref="Blocking.BlockingRuleReport.Rule"/>).</param>
/// <param name="RuleCaps">For each rule, in the profile's order, the largest block it compares.</param>
/// <param name="MaxBlockSize">The run's block cap (the report's <see cref="Blocking.BlockingReport.MaxBlockSize"/>).</param>
/// <param name="MaxDegreeOfParallelism">Threads each partition scores on at most (−1 for all cores).</param>
public sealed record StoreScoringRequest(string BlockingRules, string ModelDocument, IReadOnlyList<string> RuleDescriptions, IReadOnlyList<int> RuleCaps, int MaxBlockSize, int MaxDegreeOfParallelism);
