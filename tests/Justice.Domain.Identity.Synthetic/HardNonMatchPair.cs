namespace Justice.Domain.Identity.Synthetic;

/// <summary>
/// Two generated persons who look alike but are not the same (<see cref="SyntheticGenerator.HardNonMatchKinds"/>):
/// every pair of their records is a pair that precision must survive.
/// </summary>
/// <param name="Kind">The kind: twins, homonyms, cousins or father-son.</param>
/// <param name="Person">The person drawn first (a person id of <see cref="SyntheticDataset.Truth"/>).</param>
/// <param name="LookAlike">The look-alike drawn from them (a person id of <see cref="SyntheticDataset.Truth"/>).</param>
public sealed record HardNonMatchPair(string Kind, string Person, string LookAlike);
