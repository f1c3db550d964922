namespace Justice.Domain.Allocation.Model;

/// <summary>
/// <i>Taille de la juridiction retenue pour le pourcentage</i>: which siège size picks the row of the
/// <see cref="SpecializedShareTable"/> while posts are allocated. Circ. SJ 00-124, annexe I, 1 gives the table by
/// "nombre de magistrats du siège" and says that the allocation "tient évidemment compte de la taille des juridictions
/// et de l'effet induit de la création de postes supplémentaires sur la charge de travail résiduelle par magistrat";
/// it does not say whether a post that moves a court into another row changes its percentage. Both readings are here;
/// docs/allocation.md, "Readings where the circular is silent", gives the reasons for the default.
/// </summary>
public enum SpecializedShareBasis
{
    /// <summary>The size before each post, posts already allocated included (the default): the post counts in the size as it counts in the headcount, so that the corrected headcount is always the table applied to the court as it stands.</summary>
    SizeBeforeEachPost,

    /// <summary>The size before the allocation: each court keeps the percentage of its initial row whatever posts it receives (a post then always adds exactly one magistrate to the corrected headcount).</summary>
    InitialSize,
}
