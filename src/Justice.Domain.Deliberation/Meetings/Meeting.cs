using System.Collections.Immutable;
using System.Globalization;
using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Deliberation.Meetings;

/// <summary>
/// <i>Séance</i>: a meeting of a body on a date: its members, who is present, the proxies handed in, and, for a
/// reconvened meeting, the date of the inquorate meeting it follows.
/// </summary>
public sealed record Meeting
{
    private Meeting(string body, LocalDate date, ImmutableArray<Member> members, ImmutableHashSet<string> present, ImmutableArray<Proxy> proxies, LocalDate? inquorateMeetingDate)
    {
        Body = body;
        Date = date;
        Members = members;
        Present = present;
        Proxies = proxies;
        InquorateMeetingDate = inquorateMeetingDate;
    }

    /// <summary>The body ("conseil national").</summary>
    public string Body { get; }

    /// <summary>The date of the meeting.</summary>
    public LocalDate Date { get; }

    /// <summary>The members, in the order given.</summary>
    public ImmutableArray<Member> Members { get; }

    /// <summary>The ids of the members present.</summary>
    public ImmutableHashSet<string> Present { get; }

    /// <summary>The proxies handed in, in the order of deposit.</summary>
    public ImmutableArray<Proxy> Proxies { get; }

    /// <summary>For a reconvened meeting, the date of the inquorate meeting it follows; otherwise null.</summary>
    public LocalDate? InquorateMeetingDate { get; }

    /// <summary>Creates a meeting.</summary>
    /// <param name="body">The body.</param>
    /// <param name="date">The date.</param>
    /// <param name="members">The members: unique ids, at most one chair.</param>
    /// <param name="present">The ids of the members present; each must be a member.</param>
    /// <param name="proxies">The proxies in the order of deposit, each naming a giver and a holder (checked by the rules when deciding, never here).</param>
    /// <param name="inquorateMeetingDate">The date of the inquorate meeting this one reconvenes, before <paramref name="date"/>, or null.</param>
    /// <returns>The meeting.</returns>
    /// <exception cref="ArgumentException">A duplicate member, two chairs, an unknown present member, a proxy without giver or holder, or a reconvened date not before the meeting; the message names the item.</exception>
    public static Meeting Create(
        string body, LocalDate date, IEnumerable<Member> members, IEnumerable<string> present, IEnumerable<Proxy>? proxies = null, LocalDate? inquorateMeetingDate = null)
    {
        Guard.NotBlank(body);
        var list = Guard.NoNullElements(members);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in list)
        {
            if (!ids.Add(member.Id))
            {
                throw new ArgumentException("member '" + member.Id + "' appears twice in " + body + "; member ids must be unique.", nameof(members));
            }
        }

        var chairs = list.Where(m => m.IsChair).Select(m => m.Id).ToList();
        if (chairs.Count > 1)
        {
            throw new ArgumentException("members " + string.Join(", ", chairs) + " are all marked chair; a meeting has at most one chair.", nameof(members));
        }

        var here = Guard.NoNullElements(present).ToImmutableHashSet(StringComparer.Ordinal);
        foreach (var id in here)
        {
            if (!ids.Contains(id))
            {
                throw new ArgumentException("present member '" + id + "' is not a member of " + body + ".", nameof(present));
            }
        }

        if (inquorateMeetingDate is { } first && first >= date)
        {
            throw new ArgumentException(
                "inquorateMeetingDate " + NodaTime.Text.LocalDatePattern.Iso.Format(first) + " must be before the meeting date " + NodaTime.Text.LocalDatePattern.Iso.Format(date) + ".",
                nameof(inquorateMeetingDate));
        }

        var deposited = proxies is null ? [] : Guard.NoNullElements(proxies);
        for (var i = 0; i < deposited.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(deposited[i].Giver) || string.IsNullOrWhiteSpace(deposited[i].Holder))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"proxies[{i}] ('{deposited[i].Giver}' → '{deposited[i].Holder}') has no giver or no holder; a proxy names the member who gives it and the member who holds it."),
                    nameof(proxies));
            }
        }

        return new Meeting(body, date, [.. list], here, [.. deposited], inquorateMeetingDate);
    }

    /// <summary>The attendance of a member.</summary>
    /// <param name="id">The member's id.</param>
    /// <returns>Present or absent.</returns>
    public Attendance AttendanceOf(string id) => Present.Contains(id) ? Attendance.Present : Attendance.Absent;
}
