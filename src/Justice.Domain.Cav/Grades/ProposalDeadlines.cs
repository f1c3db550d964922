using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Cav.Grades;

/// <summary>
/// <i>Délais de transmission des propositions</i>: the evaluating authorities send their ranked proposals before
/// 1 February for the tableau of the deuxième grade and before 1 June for the troisième grade.
/// </summary>
public static class ProposalDeadlines
{
    /// <summary>The deadline of <paramref name="year"/> for the tableau of <paramref name="target"/>.</summary>
    /// <param name="target">The deuxième or troisième grade.</param>
    /// <param name="year">The year, 2026 or later (the first 1 February after the reform of 31 December 2025).</param>
    /// <returns>1 February or 1 June of the year; a proposal must be sent before it.</returns>
    public static LocalDate For(Grade target, int year)
    {
        Guard.InRange(year, 2026, 9999);
        if (target == Grade.SecondGrade)
        {
            return new LocalDate(year, 2, 1);
        }

        if (target == Grade.ThirdGrade)
        {
            return new LocalDate(year, 6, 1);
        }

        throw new ArgumentOutOfRangeException(nameof(target), target.Code, "target was " + target.Code + "; expected SecondGrade or ThirdGrade (the tableaux of the three-grade hierarchy).");
    }

    /// <summary>Whether a proposal for the tableau of <paramref name="year"/> sent on <paramref name="sentOn"/> meets the deadline.</summary>
    /// <param name="target">The deuxième or troisième grade.</param>
    /// <param name="year">The year of the tableau, whose 1 February or 1 June is the deadline (reading: proposals precede the tableau of the same year).</param>
    /// <param name="sentOn">The day sent.</param>
    /// <returns>The timing.</returns>
    public static ProposalTiming Check(Grade target, int year, LocalDate sentOn)
    {
        var deadline = For(target, year);
        return new ProposalTiming(target, deadline, sentOn, sentOn < deadline, CavReferences.ProposalDeadlines);
    }
}
