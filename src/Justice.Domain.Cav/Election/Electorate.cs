using System.Collections.Immutable;

namespace Justice.Domain.Cav.Election;

/// <summary>
/// <i>Corps électoral</i> of the election of the six representatives (Ord. 58-1270, art. 10-1-1, II, 1°;
/// Décret 2025-659, art. 2): "l'ensemble des magistrats des premier, deuxième et troisième grades" in activity, on
/// secondment or on parental leave vote; persons without a grade (auditeurs de justice, magistrats à titre temporaire…)
/// do not, nor do those on long sick leave or temporarily barred from office, nor the members elected under 2° to 4°.
/// </summary>
public static class Electorate
{
    /// <summary>Decides whether <paramref name="elector"/> votes. O(1).</summary>
    /// <param name="elector">The magistrate.</param>
    /// <returns>The decision with its rule.</returns>
    public static ElectorDecision Decide(Elector elector)
    {
        Core.Guard.NotNull(elector);
        var name = elector.Name;
        if (elector.SitsUnder2To4)
        {
            return new(name, false, "members elected under art. 10-1-1, II, 2° to 4° do not vote in the election of the representatives (1°)", CavReferences.Representatives);
        }

        if (elector.Grade is null)
        {
            return new(name, false, "not a magistrate of the premier, deuxième or troisième grade (" + WithoutGradeWords(elector.WithoutGrade!.Value) + "): the 1° election is by \"l'ensemble des magistrats des premier, deuxième et troisième grades\"", CavReferences.Representatives);
        }

        if (elector.OnLongSickLeave)
        {
            return new(name, false, "magistrates on congé de longue maladie or de longue durée are not electors", CavReferences.Electorate);
        }

        if (elector.TemporarilyBarred)
        {
            return new(name, false, "magistrates under an interdiction temporaire are not electors", CavReferences.Electorate);
        }

        return elector.Position switch
        {
            AdministrativePosition.Activity => new(name, true, "in activity", CavReferences.Electorate),
            AdministrativePosition.Secondment => new(name, true, "on secondment (détachement)", CavReferences.Electorate),
            AdministrativePosition.ParentalLeave => new(name, true, "on parental leave", CavReferences.Electorate),
            _ => new(name, false, "the decree lists only activity, secondment and parental leave", CavReferences.Electorate),
        };
    }

    private static string WithoutGradeWords(StatusWithoutGrade status) => status switch
    {
        StatusWithoutGrade.AuditeurDeJustice => "auditeur de justice",
        StatusWithoutGrade.TemporaryMagistrate => "magistrat à titre temporaire",
        StatusWithoutGrade.HonoraryMagistrateSitting => "magistrat honoraire exerçant des fonctions juridictionnelles",
        StatusWithoutGrade.ExtraordinaryService => "en service extraordinaire à la Cour de cassation",
        StatusWithoutGrade.CandidateInTraining => "candidat en formation probatoire ou préalable",
        _ => "without a grade",
    };

    /// <summary>Decides for every magistrate. O(n).</summary>
    /// <param name="magistrates">The magistrates; names must be unique.</param>
    /// <returns>The roll, with a decision per magistrate and the counts.</returns>
    /// <exception cref="ArgumentException">A name appears twice; the message names it.</exception>
    public static ElectoralRoll Roll(IEnumerable<Elector> magistrates)
    {
        var all = Core.Guard.NoNullElements(magistrates);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var elector in all)
        {
            if (!seen.Add(elector.Name.Trim()))
            {
                throw new ArgumentException("magistrate '" + elector.Name + "' appears twice; each magistrate is on the roll once.", nameof(magistrates));
            }
        }

        return new ElectoralRoll([.. all.Select(Decide)]);
    }
}
