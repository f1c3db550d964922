namespace Justice.Domain.Deliberation.Meetings;

/// <summary>
/// <i>Présence</i>: whether a member attends. A member who is absent is <i>représenté</i> when a valid proxy
/// (<see cref="Proxy"/>) is held for them by a present member; that is decided by the proxy rules, not declared.
/// </summary>
public enum Attendance
{
    /// <summary><i>Présent</i>.</summary>
    Present = 0,

    /// <summary><i>Absent</i> (possibly represented by a proxy).</summary>
    Absent = 1,
}
