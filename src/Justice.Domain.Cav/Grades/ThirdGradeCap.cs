using Justice.Domain.Core;

namespace Justice.Domain.Cav.Grades;

/// <summary>
/// <i>Plafond de 18 %</i>: the promotions to the troisième grade in a year may not bring the troisième grade above
/// 18 % of the total workforce of the judiciary. Integer arithmetic: 100 × (current + promoted) ≤ 18 × workforce.
/// </summary>
public static class ThirdGradeCap
{
    /// <summary>The cap in percent.</summary>
    public const int Percent = 18;

    /// <summary>Checks a number of proposed promotions against the cap.</summary>
    /// <param name="workforce">The total workforce, 1 or more.</param>
    /// <param name="currentThirdGrade">Magistrates already in the troisième grade, 0 to workforce.</param>
    /// <param name="proposed">Promotions proposed, 0 or more.</param>
    /// <returns>The decision.</returns>
    public static ThirdGradeCapDecision Check(int workforce, int currentThirdGrade, int proposed)
    {
        Guard.Positive(workforce);
        Guard.InRange(currentThirdGrade, 0, workforce);
        Guard.NotNegative(proposed);
        var ceiling = (int)((long)Percent * workforce / 100);
        var max = Math.Max(0, ceiling - currentThirdGrade);
        var allowed = 100L * ((long)currentThirdGrade + proposed) <= (long)Percent * workforce;
        return new ThirdGradeCapDecision(workforce, currentThirdGrade, proposed, max, allowed, CavReferences.ThirdGradeCap);
    }
}
