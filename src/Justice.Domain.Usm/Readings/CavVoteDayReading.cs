namespace Justice.Domain.Usm.Readings;

/// <summary>
/// <i>« La date du scrutin »</i> of RI art. 2-9, applied to the reformed election of the commission d'avancement.
/// RI art. 2-8 and 2-9 were written for the former collège des magistrats (Ord. 58-1270, former art. 13-1); the
/// reformed election (art. 10-1-1, II, 1°; Décret 2025-659) is a direct list vote over several days (6 to 12 February
/// 2026 for the first one). The USM still draws up its list under art. 2-9, and "la date du scrutin" has to be a day.
/// </summary>
public enum CavVoteDayReading
{
    /// <summary>
    /// The first voting day: the call for candidacies comes three months at least before voting opens. The default: the
    /// three months protect the time to build the list, which must be ready when voting opens (the lists are filed a
    /// month before, Décret 2025-659).
    /// </summary>
    FirstVotingDay = 0,

    /// <summary>The last voting day, when the result is known.</summary>
    LastVotingDay = 1,
}
