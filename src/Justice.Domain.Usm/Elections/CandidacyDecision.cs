using Justice.Domain.Core;
using Justice.Domain.Usm.Grades;

namespace Justice.Domain.Usm.Elections;

/// <summary><i>Recevabilité de la candidature</i>: whether a candidacy is admitted, late or not, and why, citing the article.</summary>
/// <param name="Candidacy">The candidacy.</param>
/// <param name="Admitted">True when admitted.</param>
/// <param name="Late">True when admitted in the late window of RI art. 3-2, al. 4 to 6.</param>
/// <param name="Category">The council category of the candidate on the day of the vote (council candidacies only).</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Reference">The article.</param>
public sealed record CandidacyDecision(
    Candidacy Candidacy,
    bool Admitted,
    bool Late,
    CouncilCandidateCategory? Category,
    string Reason,
    LegalReference Reference);
