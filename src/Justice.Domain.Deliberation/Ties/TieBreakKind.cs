namespace Justice.Domain.Deliberation.Ties;

/// <summary><i>Règle de départage</i>: the kind of a step in a tie-break chain.</summary>
public enum TieBreakKind
{
    /// <summary><i>Au plus grand nombre de suffrages</i>: the contender with the most votes wins.</summary>
    MostVotes = 0,

    /// <summary><i>Par voie de tirage au sort</i>: a drawing of lots among the contenders still tied.</summary>
    DrawingOfLots = 1,

    /// <summary>
    /// <i>Préséance</i>: a ranking the text supplies (the oldest candidate, the list presented first…):
    /// a lower rank wins; equal ranks stay tied.
    /// </summary>
    Precedence = 2,
}
