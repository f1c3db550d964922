namespace Justice.Domain.Identity.Scoring;

/// <summary><i>Décision</i>: the band a pair's match probability falls in.</summary>
public enum MatchBand
{
    /// <summary><i>Non-correspondance</i>: below the review threshold.</summary>
    NonMatch = 0,

    /// <summary><i>À examiner</i>: between the thresholds; « c'est le magistrat qui lève l'ambiguïté ».</summary>
    Review = 1,

    /// <summary><i>Correspondance</i>: at or above the match threshold.</summary>
    Match = 2,
}
