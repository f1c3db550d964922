namespace Justice.Domain.Usm.Bodies;

/// <summary><i>Poste au bureau national</i> (Statuts USM, art. 16, al. 1): eight posts, the last held twice, nine members in all.</summary>
public enum BureauPost
{
    /// <summary><i>Président</i>.</summary>
    President = 0,

    /// <summary><i>Vice-président</i>.</summary>
    VicePresident = 1,

    /// <summary><i>Secrétaire général</i>.</summary>
    SecretaryGeneral = 2,

    /// <summary><i>Secrétaire général adjoint</i>.</summary>
    DeputySecretaryGeneral = 3,

    /// <summary><i>Trésorier national</i>.</summary>
    NationalTreasurer = 4,

    /// <summary><i>Trésorier national adjoint</i>.</summary>
    DeputyNationalTreasurer = 5,

    /// <summary><i>Secrétaire national, rédacteur en chef de l'organe de presse du syndicat</i>.</summary>
    NationalSecretaryEditor = 6,

    /// <summary><i>Secrétaire national</i>: two posts.</summary>
    NationalSecretary = 7,
}
