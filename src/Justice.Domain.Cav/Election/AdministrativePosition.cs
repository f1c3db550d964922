namespace Justice.Domain.Cav.Election;

/// <summary><i>Position statutaire</i>: the administrative position of a magistrate, as the electorate rule distinguishes it.</summary>
public enum AdministrativePosition
{
    /// <summary><i>Activité</i>.</summary>
    Activity = 0,

    /// <summary><i>Détachement</i>.</summary>
    Secondment = 1,

    /// <summary><i>Congé parental</i>.</summary>
    ParentalLeave = 2,

    /// <summary><i>Disponibilité</i> or any other position not listed by the decree.</summary>
    Other = 3,
}
