namespace Justice.Domain.Usm.Grades;

/// <summary>
/// <i>Catégorie de candidats au conseil national</i> (Statuts USM, art. 12, al. 2; RI USM, art. 3-2): the honorary
/// magistrates (one reserved seat), the second-grade magistrates and auditeurs (eight reserved seats), and the others.
/// </summary>
public enum CouncilCandidateCategory
{
    /// <summary><i>Magistrats honoraires</i>: at least one seat; late candidacies if fewer than 1 declared.</summary>
    Honorary = 0,

    /// <summary>
    /// <i>Magistrats du second grade et auditeurs de justice</i>: at least eight seats; late candidacies if fewer than 10
    /// declared. From 31 December 2025 "second grade" reads as the entry grade, the new <i>premier grade</i>
    /// (see <see cref="StatutoryGradeReading"/>).
    /// </summary>
    EntryGradeOrAuditeur = 1,

    /// <summary><i>Autres magistrats</i>: late candidacies if fewer than 24 declared.</summary>
    Other = 2,
}
