namespace Justice.Domain.Deliberation.Meetings;

/// <summary><i>Mandat, pouvoir</i>: an absent member (<paramref name="Giver"/>) asks a present member (<paramref name="Holder"/>) to vote for them.</summary>
/// <param name="Giver">The <i>mandant</i>'s member id.</param>
/// <param name="Holder">The <i>mandataire</i>'s member id.</param>
public sealed record Proxy(string Giver, string Holder);
