namespace Justice.Domain.Allocation.Sensitivity;

/// <summary><i>Stabilité d'un emploi</i>: how often one post of the unperturbed allocation went to another court (or to none) in the perturbed runs.</summary>
/// <param name="Order">The post's number in the unperturbed allocation, from 1.</param>
/// <param name="CourtId">The court that receives it there.</param>
/// <param name="RunsChangedHands">Runs in which post number <paramref name="Order"/> went to another court or could not be placed.</param>
/// <param name="ChangedHandsShare">RunsChangedHands ÷ runs.</param>
public sealed record PostStability(int Order, string CourtId, long RunsChangedHands, double ChangedHandsShare);
