namespace Justice.Domain.Usm.Assembly;

/// <summary><i>Qualité au bureau de vote</i> (RI USM, art. 3-5, al. 1).</summary>
public enum PollingBureauRole
{
    /// <summary><i>Le président</i>.</summary>
    President = 0,

    /// <summary><i>Le secrétaire général</i>.</summary>
    SecretaryGeneral = 1,

    /// <summary><i>Le magistrat honoraire membre du conseil national sortant</i>.</summary>
    OutgoingHonoraryCouncilMember = 2,

    /// <summary>One of <i>les trois délégués régionaux présents les plus âgés</i>.</summary>
    OldestRegionalDelegate = 3,

    /// <summary>One of <i>les trois délégués régionaux présents les plus jeunes</i>.</summary>
    YoungestRegionalDelegate = 4,
}
