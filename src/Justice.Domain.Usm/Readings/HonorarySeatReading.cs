namespace Justice.Domain.Usm.Readings;

/// <summary>
/// <i>« Dont un (1) conseiller est élu parmi les magistrats honoraires »</i> (Statuts USM, art. 12, al. 2): the same
/// sentence says "au moins huit (8)" for the second grade and auditeurs but only "un (1)" for the honorary magistrates.
/// </summary>
public enum HonorarySeatReading
{
    /// <summary>
    /// One seat is reserved for an honorary magistrate; a second honorary candidate may win a general seat on votes. The
    /// default: the sentence reserves seats ("sauf insuffisance de candidatures"), and barring a member from general seats
    /// would be an ineligibility the texts do not state.
    /// </summary>
    AtLeastOne = 0,

    /// <summary>Exactly one honorary magistrate sits among the 26: further honorary candidates take no general seat.</summary>
    ExactlyOne = 1,
}
