namespace Justice.Domain.Usm.Calendar;

/// <summary><i>Sens du délai</i>: whether an act must happen by a limit or not before it.</summary>
public enum DeadlineDirection
{
    /// <summary>The act is on time on or before the limit ("au plus tard", "au moins … avant", "dans un délai de").</summary>
    NoLaterThan = 0,

    /// <summary>The act is valid on or after the limit ("à huit jours au moins d'intervalle").</summary>
    NoEarlierThan = 1,
}
