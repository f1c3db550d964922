namespace Justice.Domain.Usm.Readings;

/// <summary>
/// <i>« Magistrats du second grade »</i> after the grade reform (Statuts USM, art. 12, al. 2; RI art. 3-2, al. 5): the
/// texts predate the three grades of LO 2023-1058 (in force 31 December 2025), which reclassified the former second
/// grade as the new premier grade.
/// </summary>
public enum SecondGradeReading
{
    /// <summary>
    /// The entry grade in force on the day of the reading: the former second grade until 30 December 2025, the new
    /// premier grade from 31 December 2025. The default: the reservation is for the entry grade (with the auditeurs, who
    /// are about to enter it), and the reform reclassified the very magistrates it named.
    /// </summary>
    EntryGrade = 0,

    /// <summary>
    /// The words as they read in the new hierarchy: "second" is "deuxième", so the new deuxième grade (the former premier
    /// grade) from 31 December 2025; the former second grade before.
    /// </summary>
    DeuxiemeGrade = 1,
}
