using System.Collections.Immutable;
using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Deliberation.Explanations;
using Justice.Domain.Deliberation.Lots;
using NodaTime;

namespace Justice.Domain.Deliberation.Meetings;

/// <summary>
/// <i>Délibération</i>: decides a motion at a meeting under the rules a statute supplies. It checks each proxy,
/// counts who is present or represented, checks the quorum (or the reconvened-meeting rule), applies the majority
/// in integer arithmetic and, when yes equals no, the tie rule; every step is explained with its article.
/// </summary>
/// <remarks>
/// The tie rule (<see cref="TieRule"/>) is consulted whenever the votes for equal the votes against, whatever the
/// abstentions, blank and spoiled ballots ("en cas d'égalité des suffrages", Statuts USM, art. 15, al. 3). Under the
/// simple majority (<see cref="MajorityRule.Simple"/>) it always decides. Under a majority of a fixed base (members
/// present or represented, all members, two thirds) the side it favours counts as one more vote and the motion still
/// needs that majority, so one more vote for never turns an adoption into a rejection (docs/readings.md).
/// </remarks>
/// <example>
/// <code>
/// var outcome = Deliberator.Decide(meeting, rules, new Motion("Motion 1", new VoteTally(yes: 8, no: 8), VoteChoice.Yes));
/// outcome.Decision; // Adopted by the chair's casting vote
/// outcome.ToText();
/// </code>
/// </example>
public static class Deliberator
{
    /// <summary>Checks the proxies of <paramref name="meeting"/> in the order of deposit. O(p) for p proxies.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>One decision per proxy, in order.</returns>
    public static ImmutableArray<ProxyDecision> CheckProxies(Meeting meeting, MeetingRules rules)
    {
        Guard.NotNull(meeting);
        Guard.NotNull(rules);
        var members = meeting.Members.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var policy = rules.Proxies;
        var givers = new HashSet<string>(meeting.Proxies.Select(p => p.Giver), StringComparer.Ordinal);
        var represented = new HashSet<string>(StringComparer.Ordinal);
        var held = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<ProxyDecision>(meeting.Proxies.Length);
        foreach (var proxy in meeting.Proxies)
        {
            ProxyDecision Reject(string rule, string reason, LegalReference? reference) => new(proxy, false, rule, reason, reference);
            members.TryGetValue(proxy.Giver, out var giver);
            members.TryGetValue(proxy.Holder, out var holder);
            var structural = policy.Reference;
            ProxyDecision decision;
            if (!policy.Admitted)
            {
                decision = Reject("proxies not admitted", "no proxy is admitted for this decision", structural);
            }
            else if (giver is null)
            {
                decision = Reject("giver is a member", "giver '" + proxy.Giver + "' is not a member of " + meeting.Body, structural);
            }
            else if (holder is null)
            {
                decision = Reject("holder is a member", "holder '" + proxy.Holder + "' is not a member of " + meeting.Body, structural);
            }
            else if (proxy.Giver == proxy.Holder)
            {
                decision = Reject("giver and holder differ", "member '" + proxy.Giver + "' cannot hold their own proxy", structural);
            }
            else if (!rules.IsEntitledToVote(giver))
            {
                decision = Reject("giver entitled to vote", "giver '" + giver.Id + "' is not entitled to vote (" + VotingStatus(giver) + ") and cannot give a proxy", rules.VotersReference ?? structural);
            }
            else if (meeting.Present.Contains(giver.Id))
            {
                decision = Reject("present member not represented", "giver '" + giver.Id + "' is present and votes in person", structural);
            }
            else if (represented.Contains(giver.Id))
            {
                decision = Reject("one proxy per giver", "giver '" + giver.Id + "' has already given a proxy", structural);
            }
            else if (!meeting.Present.Contains(holder.Id))
            {
                decision = Reject("holder present", "holder '" + holder.Id + "' is absent; only a present member may hold a proxy", structural);
            }
            else if (!rules.IsEntitledToVote(holder))
            {
                decision = Reject("holder entitled to vote", "holder '" + holder.Id + "' is not entitled to vote (" + VotingStatus(holder) + ")", rules.VotersReference ?? structural);
            }
            else if (givers.Contains(holder.Id))
            {
                decision = Reject("no chain of proxies", "holder '" + holder.Id + "' has given a proxy; proxies are not passed on", structural);
            }
            else
            {
                held.TryGetValue(holder.Id, out var count);
                decision = new ProxyDecision(proxy, true, null, null, null);
                foreach (var rule in policy.Rules)
                {
                    var violation = rule.Violation(giver, holder, count);
                    if (violation is not null)
                    {
                        decision = Reject(rule.Name, violation, rule.Reference);
                        break;
                    }
                }

                if (decision.Accepted)
                {
                    held[holder.Id] = count + 1;
                    represented.Add(giver.Id);
                }
            }

            result.Add(decision);
        }

        return result.MoveToImmutable();
    }

    /// <summary>Decides <paramref name="motion"/> at <paramref name="meeting"/> under <paramref name="rules"/>.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="rules">The rules the statute supplies.</param>
    /// <param name="motion">The motion and its tally.</param>
    /// <returns>The outcome, explained.</returns>
    /// <exception cref="ArgumentException">More ballots than voters; the message gives both counts.</exception>
    public static MotionOutcome Decide(Meeting meeting, MeetingRules rules, Motion motion)
    {
        Guard.NotNull(meeting);
        Guard.NotNull(rules);
        Guard.NotNull(motion);
        var lines = ImmutableArray.CreateBuilder<ExplanationLine>();
        var proxies = CheckProxies(meeting, rules);
        var representedIds = proxies.Where(p => p.Accepted).Select(p => p.Proxy.Giver).ToHashSet(StringComparer.Ordinal);
        var entitled = meeting.Members.Where(rules.IsEntitledToVote).ToList();
        var presentVoters = entitled.Count(m => meeting.Present.Contains(m.Id));
        var attendance = new AttendanceSummary(
            meeting.Members.Length,
            entitled.Count,
            meeting.Present.Count,
            representedIds.Count,
            meeting.Members.Length - meeting.Present.Count - representedIds.Count,
            presentVoters + representedIds.Count);
        lines.Add(new ExplanationLine(
            "attendance",
            Inv($"{attendance.Members} member(s), {attendance.EntitledToVote} entitled to vote; {attendance.Present} present, {attendance.Represented} represented, {attendance.Absent} absent; {attendance.Voters} vote(s) may be cast"),
            rules.VotersReference));
        foreach (var p in proxies)
        {
            lines.Add(p.Accepted
                ? new ExplanationLine("proxy", "'" + p.Proxy.Giver + "' represented by '" + p.Proxy.Holder + "'", rules.Proxies.Reference)
                : new ExplanationLine("proxy excluded: " + p.Rule, p.Reason!, p.Reference));
        }

        var quorum = CheckQuorum(meeting, rules, representedIds);
        lines.Add(new ExplanationLine(
            quorum.Waived ? "quorum waived (reconvened meeting)" : "quorum",
            Inv($"{quorum.Counted} of {quorum.BaseCount} ({quorum.Base}, counted {quorum.Counting}); threshold {quorum.Threshold}, {quorum.Required} needed: {(quorum.Met ? "met" : "not met")}")
                + (quorum.Waived ? Inv($"; the meeting reconvenes the inquorate meeting of {Iso(meeting.InquorateMeetingDate!.Value)}, at least {rules.Quorum.ReconvenedAfterDays} day(s) before, and deliberates without quorum") : string.Empty),
            quorum.Waived ? rules.Quorum.ReconvenedReference : quorum.Reference));
        if (!quorum.Met)
        {
            return new MotionOutcome(meeting.Body, motion.Title, MotionDecision.NoQuorum, attendance, proxies, quorum, null, false, null, lines.ToImmutable());
        }

        var tally = motion.Tally;
        if (tally.Total > attendance.Voters)
        {
            throw new ArgumentException(
                Inv($"motion '{motion.Title}' has {tally.Total} ballots and abstentions ({tally}) but only {attendance.Voters} vote(s) may be cast (present or represented members entitled to vote)."),
                nameof(motion));
        }

        var majorityRule = rules.Majority;
        var baseCount = majorityRule.Base switch
        {
            MajorityBase.VotesCast => tally.VotesCast,
            MajorityBase.PresentOrRepresented => attendance.Voters,
            MajorityBase.AllMembers => attendance.Members,
            _ => attendance.EntitledToVote,
        };
        var met = baseCount > 0 && majorityRule.Threshold.IsMet(tally.Yes, baseCount);
        var majority = new MajorityCheck(tally, majorityRule.Base, baseCount, majorityRule.Threshold.ToString(), majorityRule.Threshold.MinimumOf(baseCount), met, majorityRule.Reference);
        lines.Add(new ExplanationLine(
            "majority",
            Inv($"{tally}; {(majorityRule.IsSimple ? "simple majority (more for than against), " : string.Empty)}base {BaseWords(majorityRule.Base)} = {baseCount}; {majority.Threshold} needs {majority.Required} for: {tally.Yes} → {(met ? "met" : "not met")}"),
            majorityRule.Reference));
        var decision = met ? MotionDecision.Adopted : MotionDecision.Rejected;
        var tie = !met && tally.Yes == tally.No && tally.Yes > 0;
        LotDraw? draw = null;
        if (tie)
        {
            // The tie rule is consulted whenever for equals against, whatever the abstentions. It settles the equality
            // between for and against: under the simple majority that decides the motion. Under a majority of a fixed
            // base (members present, all members, two thirds) the side it favours counts as carrying one more vote
            // (on votes cast, also one more vote cast), and the motion still needs that majority: a casting vote does
            // not adopt a motion short of the majority the text requires, and one more yes never turns an adoption
            // into a rejection.
            var decisive = majorityRule.Threshold.IsMet(tally.Yes + 1L, majorityRule.Base == MajorityBase.VotesCast ? baseCount + 1L : baseCount);
            if (decisive)
            {
                (decision, draw) = BreakTie(meeting, rules.Tie, motion, lines);
            }
            else
            {
                lines.Add(new ExplanationLine(
                    "tie: not decisive",
                    Inv($"{tally.Yes} for and {tally.No} against: the equality settled for the motion would count {tally.Yes + 1} for, which does not reach {majority.Threshold} of {BaseWords(majorityRule.Base)} ({baseCount}); the motion fails whatever the tie rule ({rules.Tie.Kind})"),
                    rules.Tie.Reference));
                tie = false;
            }
        }

        lines.Add(new ExplanationLine("decision", "motion '" + motion.Title + "' " + (decision == MotionDecision.Adopted ? "adopted" : "rejected")));
        return new MotionOutcome(meeting.Body, motion.Title, decision, attendance, proxies, quorum, majority, tie, draw, lines.ToImmutable());
    }

    /// <summary>Checks the quorum of <paramref name="meeting"/>.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>The check.</returns>
    public static QuorumCheck CheckQuorum(Meeting meeting, MeetingRules rules)
    {
        Guard.NotNull(meeting);
        Guard.NotNull(rules);
        var represented = CheckProxies(meeting, rules).Where(p => p.Accepted).Select(p => p.Proxy.Giver).ToHashSet(StringComparer.Ordinal);
        return CheckQuorum(meeting, rules, represented);
    }

    private static QuorumCheck CheckQuorum(Meeting meeting, MeetingRules rules, HashSet<string> represented)
    {
        var rule = rules.Quorum;
        var members = meeting.Members.Where(m => rule.Base switch
        {
            QuorumBase.DeliberativeMembers => m.Voice == Voice.Deliberative,
            QuorumBase.AllMembers => true,
            _ => m.DuesUpToDate,
        }).ToList();
        var counted = members.Count(m => meeting.Present.Contains(m.Id) || (rule.Counting == QuorumCounting.PresentOrRepresented && represented.Contains(m.Id)));
        var met = rule.Threshold.IsMet(counted, members.Count);
        var waived = false;
        if (!met && meeting.InquorateMeetingDate is { } first && rule.ReconvenedAfterDays is { } days
            && Period.Between(first, meeting.Date, PeriodUnits.Days).Days >= days)
        {
            met = true;
            waived = true;
        }

        return new QuorumCheck(rule.Base, members.Count, rule.Counting, counted, rule.Threshold.ToString(), rule.Threshold.MinimumOf(members.Count), met, waived, rule.Reference);
    }

    private static (MotionDecision Decision, LotDraw? Draw) BreakTie(Meeting meeting, TieRule rule, Motion motion, ImmutableArray<ExplanationLine>.Builder lines)
    {
        var chair = meeting.Members.FirstOrDefault(m => m.IsChair);
        switch (rule.Kind)
        {
            case TieRuleKind.ChairCastingVote when chair is not null && meeting.Present.Contains(chair.Id) && motion.ChairVote is VoteChoice.Yes or VoteChoice.No:
                var adopted = motion.ChairVote == VoteChoice.Yes;
                lines.Add(new ExplanationLine(
                    "tie: chair's casting vote",
                    Inv($"{motion.Tally.Yes} for and {motion.Tally.No} against; the chair '{chair.Id}' voted {(adopted ? "for" : "against")}, which prevails"),
                    rule.Reference));
                return (adopted ? MotionDecision.Adopted : MotionDecision.Rejected, null);
            case TieRuleKind.ChairCastingVote:
                lines.Add(new ExplanationLine(
                    "tie: chair's casting vote unavailable",
                    chair is null ? "the meeting has no chair" : !meeting.Present.Contains(chair.Id) ? "the chair '" + chair.Id + "' is absent" : "the chair '" + chair.Id + "' did not vote for or against; the motion fails",
                    rule.Reference));
                return (MotionDecision.Rejected, null);
            case TieRuleKind.DrawingOfLots:
                var draw = rule.Lots!.Draw(["adopted", "rejected"], 1, motion.Title);
                lines.Add(new ExplanationLine("tie: drawing of lots", "key \"" + draw.KeyString + "\" drew '" + draw.Selected[0] + "'", rule.Reference));
                return (draw.Selected[0] == "adopted" ? MotionDecision.Adopted : MotionDecision.Rejected, draw);
            default:
                lines.Add(new ExplanationLine("tie: motion fails", Inv($"{motion.Tally.Yes} for and {motion.Tally.No} against; a tie does not adopt the motion"), rule.Reference));
                return (MotionDecision.Rejected, null);
        }
    }

    // Called only for a member the rules do not entitle to vote: a consultative voice, otherwise dues outstanding.
    private static string VotingStatus(Member member) =>
        member.Voice == Voice.Consultative ? "consultative voice" : "dues not up to date";

    private static string BaseWords(MajorityBase b) => b switch
    {
        MajorityBase.VotesCast => "votes cast (blank, spoiled and abstentions excluded)",
        MajorityBase.PresentOrRepresented => "members present or represented (an abstention weighs as a no)",
        MajorityBase.AllMembers => "all members, consultative voices included",
        _ => "members entitled to vote",
    };

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
