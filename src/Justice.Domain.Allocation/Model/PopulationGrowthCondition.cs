namespace Justice.Domain.Allocation.Model;

/// <summary>
/// <i>Évolution positive de la population du ressort</i>: how the circular's population condition applies. Circ. SJ
/// 00-124, annexe I, 1, "Vice-présidents pour la détention": the courts chosen "doivent, en règle générale, répondre
/// aux conditions suivantes: … évolution positive de la population du ressort, entre 1990 et 1999", and "les
/// juridictions sont choisies en fonction de ce rang, mais également en fonction de l'évolution de la population du
/// département". "En règle générale" admits exceptions that the circular does not list, so the package does not
/// exclude courts by default; a caller who reads the condition as strict says so.
/// </summary>
public enum PopulationGrowthCondition
{
    /// <summary>Population growth only breaks ties of the rank sum (higher first); a court whose population fell can still receive posts (the default).</summary>
    TieBreakOnly,

    /// <summary>A court whose <see cref="Court.PopulationGrowth"/> is 0 or less receives no post (it is still ranked); growth also breaks ties.</summary>
    PositiveGrowthRequired,
}
