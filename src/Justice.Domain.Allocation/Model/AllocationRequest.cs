namespace Justice.Domain.Allocation.Model;

/// <summary>
/// <i>Demande de localisation</i>: everything an allocation needs, as given: the number of posts, the criteria, the
/// courts, the tie convention and the specialised-share table (the 2000 circular's by default).
/// </summary>
/// <param name="Posts">The number of posts to allocate.</param>
/// <param name="Criteria">The criteria, each ranking every court.</param>
/// <param name="Courts">The courts; all are ranked, only eligible ones below their cap receive posts.</param>
public sealed record AllocationRequest(int Posts, IReadOnlyList<Criterion> Criteria, IReadOnlyList<Court> Courts)
{
    /// <summary>How equal loads are ranked (default <see cref="TieConvention.Competition"/>).</summary>
    public TieConvention TieConvention { get; init; } = TieConvention.Competition;

    /// <summary>The specialised-share table (default <see cref="SpecializedShareTable.Circular2000"/>).</summary>
    public SpecializedShareTable SpecializedShare { get; init; } = SpecializedShareTable.Circular2000;

    /// <summary>Which siège size picks the row of the specialised-share table (default <see cref="Model.SpecializedShareBasis.SizeBeforeEachPost"/>).</summary>
    public SpecializedShareBasis SpecializedShareBasis { get; init; } = SpecializedShareBasis.SizeBeforeEachPost;

    /// <summary>How the circular's condition of a positive population growth applies (default <see cref="Model.PopulationGrowthCondition.TieBreakOnly"/>).</summary>
    public PopulationGrowthCondition PopulationGrowthCondition { get; init; } = PopulationGrowthCondition.TieBreakOnly;
}
