namespace Justice.Domain.Cav.Election;

/// <summary><i>Cause d'irrecevabilité</i> of a list of candidates.</summary>
public enum ListIssueKind
{
    /// <summary>The union filed more than one list.</summary>
    SecondListOfUnion = 0,

    /// <summary>A candidate also stands on another list.</summary>
    CandidateOnTwoLists = 1,

    /// <summary>The number of titular candidates differs from the seats to fill.</summary>
    TitularCount = 2,

    /// <summary>The number of alternate candidates differs from the seats to fill.</summary>
    AlternateCount = 3,

    /// <summary>The number of women (and so of men) is neither the rounded-down nor the rounded-up share among electors.</summary>
    GenderShare = 4,

    /// <summary>The list was filed less than one month before the vote.</summary>
    LateFiling = 5,

    /// <summary>The same candidate appears twice on the list.</summary>
    DuplicateCandidate = 6,
}
