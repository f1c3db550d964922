namespace Justice.Domain.Deliberation.Meetings;

/// <summary><i>Feuille de présence</i>: the counts of a meeting once proxies are checked.</summary>
/// <param name="Members">All members.</param>
/// <param name="EntitledToVote">Members entitled to vote (deliberative voice, dues when required).</param>
/// <param name="Present">Members present.</param>
/// <param name="Represented">Absent members represented by an accepted proxy.</param>
/// <param name="Absent">Absent members not represented.</param>
/// <param name="Voters">Votes that may be cast: present members entitled to vote plus represented members.</param>
public sealed record AttendanceSummary(int Members, int EntitledToVote, int Present, int Represented, int Absent, int Voters);
