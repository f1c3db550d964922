using Justice.Domain.Core;
using NodaTime;
using static Justice.Domain.Cav.Invariant;

namespace Justice.Domain.Cav.Sittings;

/// <summary>
/// <i>Réunion de la formation consultative</i> (Décret 2025-659): it meets on convocation of its president (the
/// garde des Sceaux), on the president's initiative or within two months of a written request by at least half of
/// the titular representatives.
/// </summary>
/// <remarks>
/// Which members count as "représentants titulaires" is for the caller to say (<c>titularRepresentatives</c>):
/// the texts we hold do not define the term for this formation. "Within two months" is read as: the meeting is
/// held on or before the day two months after the request.
/// </remarks>
public static class ConsultativeConvocation
{
    /// <summary>Decides whether a written request obliges the president to convene the formation.</summary>
    /// <param name="titularRepresentatives">The number of titular representatives, 1 or more.</param>
    /// <param name="signatories">The titular representatives who signed the request, 0 to <paramref name="titularRepresentatives"/>.</param>
    /// <param name="requestedOn">The day of the written request.</param>
    /// <returns>The decision. Integer arithmetic: 2 × signatories ≥ representatives.</returns>
    public static ConvocationDecision OnRequest(int titularRepresentatives, int signatories, LocalDate requestedOn)
    {
        Guard.Positive(titularRepresentatives);
        Guard.InRange(signatories, 0, titularRepresentatives);
        if (2 * signatories >= titularRepresentatives)
        {
            var by = requestedOn.PlusMonths(2);
            return new(true, by,
                Text($"{signatories} of {titularRepresentatives} titular representatives asked in writing on {Iso(requestedOn)} (at least half): the formation meets by {Iso(by)}"),
                CavReferences.ConsultativeConvocation);
        }

        return new(false, null,
            Text($"{signatories} of {titularRepresentatives} titular representatives is fewer than half: the request does not oblige the president, who may still convene on his initiative"),
            CavReferences.ConsultativeConvocation);
    }

}
