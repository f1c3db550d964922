namespace Justice.Domain.Usm.Membership;

/// <summary>
/// <i>Rattachement du magistrat honoraire</i>: which of the two places art. 18, al. 5 allows decides an honorary
/// magistrate's regional union. The statutes do not say who chooses, so the choice is recorded on the member.
/// </summary>
public enum HonoraryAttachmentBasis
{
    /// <summary>The union of the member's domicile (<i>domicile</i>).</summary>
    Domicile = 0,

    /// <summary>The union of the jurisdiction where the member serves or last served (<i>dernière fonction</i>).</summary>
    LastJurisdiction = 1,
}
