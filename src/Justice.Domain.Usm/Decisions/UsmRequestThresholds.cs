using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Deliberation.Meetings;

namespace Justice.Domain.Usm.Decisions;

/// <summary>
/// <i>Seuils de demande</i>: the requests that oblige a body to act, each a fraction of a group, measured with the
/// engine's <see cref="Threshold"/>: a secret vote at the assembly (one tenth of those present, Statuts USM, art. 23,
/// al. 2); an extraordinary assembly by right (half of the members or half of the regional delegates, art. 25, al. 2);
/// a council meeting (majority of its elected members, art. 15, al. 1); a meeting of the sections (half of the members up
/// to date, RI art. 1-2, al. 2); the assembly of the sections within the fortnight (majority of the union's members,
/// RI art. 1-9, al. 2).
/// </summary>
public static class UsmRequestThresholds
{
    /// <summary>"un dixième des membres présents" (art. 23, al. 2).</summary>
    public static Threshold SecretBallot { get; } = Threshold.Fraction(1, 10, Comparison.AtLeast);

    /// <summary>"la moitié des adhérents ou … la moitié des délégués régionaux" (art. 25, al. 2; RI art. 1-2, al. 2).</summary>
    public static Threshold Half { get; } = Threshold.Fraction(1, 2, Comparison.AtLeast);

    /// <summary>"la majorité de ses membres élus" (art. 15, al. 1; RI art. 1-9, al. 2).</summary>
    public static Threshold Majority { get; } = Threshold.MoreThanHalf;

    /// <summary>Whether the vote at the assembly is secret: asked for by one tenth of the members present (art. 23, al. 2).</summary>
    /// <param name="requests">Members present asking for a secret vote.</param>
    /// <param name="present">Members present.</param>
    /// <returns>The verdict.</returns>
    public static RuleVerdict SecretBallotRequested(int requests, int present) =>
        Verdict(SecretBallot, requests, present, "members present asking for a secret vote", LegalReference.UsmStatutes(23, 2));

    /// <summary>Whether an extraordinary assembly meets by right: half of the members, or half of the regional delegates (art. 25, al. 2).</summary>
    /// <param name="memberRequests">Members asking.</param>
    /// <param name="members">Members.</param>
    /// <param name="delegateRequests">Regional delegates asking.</param>
    /// <param name="delegates">Regional delegates.</param>
    /// <returns>The verdict.</returns>
    public static RuleVerdict ExtraordinaryAssemblyByRight(int memberRequests, int members, int delegateRequests, int delegates)
    {
        var byMembers = Verdict(Half, memberRequests, members, "members asking", LegalReference.UsmStatutes(25, 2));
        var byDelegates = Verdict(Half, delegateRequests, delegates, "regional delegates asking", LegalReference.UsmStatutes(25, 2));
        return byMembers.Allowed || byDelegates.Allowed
            ? RuleVerdict.Yes(byMembers.Allowed ? byMembers.Reason : byDelegates.Reason, LegalReference.UsmStatutes(25, 2))
            : RuleVerdict.No(byMembers.Reason + "; " + byDelegates.Reason, LegalReference.UsmStatutes(25, 2));
    }

    /// <summary>Whether the council must meet at the request of its elected members: a majority of them (art. 15, al. 1).</summary>
    /// <param name="requests">Elected members asking.</param>
    /// <param name="electedMembers">Elected members.</param>
    /// <returns>The verdict.</returns>
    public static RuleVerdict CouncilMeetingRequested(int requests, int electedMembers) =>
        Verdict(Majority, requests, electedMembers, "elected members asking for a council meeting", LegalReference.UsmStatutes(15, 1));

    /// <summary>Whether the regional delegate must meet the sections: half of the members up to date ask (RI art. 1-2, al. 2).</summary>
    /// <param name="requests">Members up to date asking.</param>
    /// <param name="membersUpToDate">Members up to date.</param>
    /// <returns>The verdict.</returns>
    public static RuleVerdict SectionsMeetingByRight(int requests, int membersUpToDate) =>
        Verdict(Half, requests, membersUpToDate, "members up to date asking for a meeting of the sections", LegalReference.UsmInternalRules("1-2", 2));

    /// <summary>Whether the assembly of the sections must be convened within the fortnight: a majority of the union's members ask (RI art. 1-9, al. 2).</summary>
    /// <param name="requests">Members asking.</param>
    /// <param name="unionMembers">Members of the union.</param>
    /// <returns>The verdict.</returns>
    public static RuleVerdict SectionsAssemblyRequested(int requests, int unionMembers) =>
        Verdict(Majority, requests, unionMembers, "union members asking for the assembly of the sections", LegalReference.UsmInternalRules("1-9", 2));

    private static RuleVerdict Verdict(Threshold threshold, int count, int @base, string what, LegalReference reference)
    {
        Guard.NotNegative(count);
        Guard.NotNegative(@base);
        if (count > @base)
        {
            throw Guard.OutOfRange(nameof(count), count, string.Create(CultureInfo.InvariantCulture, $"at most the base, {@base}"));
        }

        var met = @base > 0 && threshold.IsMet(count, @base);
        var text = string.Create(CultureInfo.InvariantCulture, $"{count} of {@base} {what}; {threshold} needs {threshold.MinimumOf(@base)}");
        return met ? RuleVerdict.Yes(text, reference) : RuleVerdict.No(text, reference);
    }
}
