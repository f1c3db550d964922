using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Usm.Calendar;
using Justice.Domain.Usm.Grades;
using Justice.Domain.Usm.Membership;
using Justice.Domain.Usm.Readings;
using NodaTime;
using NodaTime.Text;

namespace Justice.Domain.Usm.Elections;

/// <summary>
/// <i>Recevabilité des candidatures</i> at the electoral assembly (RI USM, art. 3-1 and 3-2): candidacies to the presidency
/// and to the council are declared by the Friday before the opening day; a council category that has fewer than 1
/// honorary, 10 second-grade-or-auditeur or 24 other candidates on that Friday stays open until 17:00 (Paris) on the eve
/// of the vote.
/// </summary>
/// <remarks>
/// Literal reading of RI art. 3-2, al. 5: the count includes "magistrats du second grade ou auditeurs de justice", but the
/// window it opens is for "les candidatures des magistrats du second grade"; a late auditeur is therefore not admitted.
/// "Second grade" is read as the entry grade in force on the day of the vote (<see cref="StatutoryGradeReading"/>).
/// </remarks>
public static class CandidacyRules
{
    /// <summary>"inférieur à un (1)" honorary candidate (RI art. 3-2, al. 4).</summary>
    public const int HonoraryLateThreshold = 1;

    /// <summary>"inférieur à dix (10)" second-grade or auditeur candidates (RI art. 3-2, al. 5).</summary>
    public const int EntryGradeLateThreshold = 10;

    /// <summary>"inférieur à vingt-quatre (24)" other candidates (RI art. 3-2, al. 6).</summary>
    public const int OtherLateThreshold = 24;

    /// <summary>The number of candidates on the Friday below which a category stays open.</summary>
    /// <param name="category">The category.</param>
    /// <returns>1, 10 or 24.</returns>
    public static int LateThreshold(CouncilCandidateCategory category) => Guard.Defined(category) switch
    {
        CouncilCandidateCategory.Honorary => HonoraryLateThreshold,
        CouncilCandidateCategory.EntryGradeOrAuditeur => EntryGradeLateThreshold,
        _ => OtherLateThreshold,
    };

    /// <summary>The paragraph of RI art. 3-2 on the late window of a category (al. 4, 5 or 6).</summary>
    /// <param name="category">The category.</param>
    /// <returns>The reference.</returns>
    public static LegalReference LateReference(CouncilCandidateCategory category) => Guard.Defined(category) switch
    {
        CouncilCandidateCategory.Honorary => LegalReference.UsmInternalRules("3-2", 4),
        CouncilCandidateCategory.EntryGradeOrAuditeur => LegalReference.UsmInternalRules("3-2", 5),
        _ => LegalReference.UsmInternalRules("3-2", 6),
    };

    /// <summary>
    /// Decides every candidacy, in the order given: unknown members, members no longer members on the day of the
    /// declaration, duplicates, presidential candidacies after the Friday, council candidacies after the Friday outside
    /// an open category or after 17:00 on the eve of the vote are rejected, each with its article. O(n + m) for n
    /// candidacies and m members.
    /// </summary>
    /// <param name="candidacies">The candidacies.</param>
    /// <param name="members">The members, by id.</param>
    /// <param name="records">The membership records, by member id (a member without a record is taken as a member).</param>
    /// <param name="opening">The opening day of the assembly.</param>
    /// <param name="vote">The day of the vote.</param>
    /// <param name="secondGrade">The reading of "second grade" for the categories; <see cref="SecondGradeReading.EntryGrade"/> by default.</param>
    /// <returns>One decision per candidacy.</returns>
    public static IReadOnlyList<CandidacyDecision> Decide(
        IEnumerable<Candidacy> candidacies,
        IReadOnlyDictionary<string, UnionMember> members,
        IReadOnlyDictionary<string, MembershipRecord> records,
        LocalDate opening,
        LocalDate vote,
        SecondGradeReading secondGrade = SecondGradeReading.EntryGrade)
    {
        var all = Guard.NoNullElements(candidacies);
        Guard.NotNull(members);
        Guard.NotNull(records);
        var calendar = ElectoralAssemblyCalendar.For(opening, vote);
        var friday = calendar["council-candidacies"];
        var late = calendar["late-candidacies"];
        var fridayEnd = friday.Date.PlusDays(1).AtMidnight();

        // Counts on the Friday, per category, of the council candidacies that are otherwise admissible.
        var onTimeCounts = new Dictionary<CouncilCandidateCategory, int>();
        var seen = new HashSet<(string, ElectiveOffice)>();
        foreach (var c in all)
        {
            if (c.Office == ElectiveOffice.CouncilMember && c.DeclaredAt < fridayEnd && members.TryGetValue(c.MemberId, out var m)
                && IsMemberOn(records, c.MemberId, c.DeclaredAt.Date) && seen.Add((c.MemberId, c.Office)))
            {
                var category = StatutoryGradeReading.CategoryOf(m, vote, secondGrade);
                onTimeCounts[category] = onTimeCounts.GetValueOrDefault(category) + 1;
            }
        }

        seen.Clear();
        var decisions = new List<CandidacyDecision>(all.Length);
        foreach (var c in all)
        {
            decisions.Add(DecideOne(c));
        }

        return decisions;

        CandidacyDecision DecideOne(Candidacy c)
        {
            var article = c.Office == ElectiveOffice.President ? LegalReference.UsmInternalRules("3-1", 2) : LegalReference.UsmInternalRules("3-2", 2);
            if (!members.TryGetValue(c.MemberId, out var member))
            {
                return new CandidacyDecision(c, false, false, null, "'" + c.MemberId + "' is not a member of the USM", LegalReference.UsmStatutes(4, 1));
            }

            if (!IsMemberOn(records, c.MemberId, c.DeclaredAt.Date))
            {
                return new CandidacyDecision(c, false, false, null, "'" + c.MemberId + "' was not a member on the day of the declaration", LegalReference.UsmStatutes(6));
            }

            CouncilCandidateCategory? category = c.Office == ElectiveOffice.CouncilMember ? StatutoryGradeReading.CategoryOf(member, vote, secondGrade) : null;
            if (!seen.Add((c.MemberId, c.Office)))
            {
                return new CandidacyDecision(c, false, false, category, "'" + c.MemberId + "' has already declared a candidacy for " + c.Office, article);
            }

            var at = LocalDateTimePattern.GeneralIso.Format(c.DeclaredAt);
            if (c.DeclaredAt < fridayEnd)
            {
                return new CandidacyDecision(c, true, false, category, "declared on " + at + ", by the Friday " + Iso(friday.Date) + " before the opening", article);
            }

            if (c.Office == ElectiveOffice.President)
            {
                return new CandidacyDecision(c, false, false, null,
                    "declared on " + at + ", after the Friday " + Iso(friday.Date) + ": \"passé ce délai, tout acte ou dépôt de candidature est irrecevable\"", article);
            }

            var cat = category!.Value;
            var count = onTimeCounts.GetValueOrDefault(cat);
            var threshold = LateThreshold(cat);
            var lateRef = LateReference(cat);
            if (count >= threshold)
            {
                return new CandidacyDecision(c, false, false, cat,
                    Inv($"declared on {at}, after the Friday {Iso(friday.Date)}; the category {cat} had {count} candidate(s) on the Friday, not fewer than {threshold}, so it did not stay open"), lateRef);
            }

            if (cat == CouncilCandidateCategory.EntryGradeOrAuditeur && member.Status == MemberStatus.AuditeurDeJustice)
            {
                return new CandidacyDecision(c, false, false, cat,
                    "declared on " + at + ", after the Friday; al. 5 keeps open only \"les candidatures des magistrats du second grade\", not those of auditeurs (literal reading)", lateRef);
            }

            var limit = late.DueAt!.Value.LocalDateTime;
            return c.DeclaredAt <= limit
                ? new CandidacyDecision(c, true, true, cat,
                    Inv($"late candidacy on {at}: the category {cat} had {count} candidate(s) on the Friday, fewer than {threshold}; open until {late.LimitText}"), lateRef)
                : new CandidacyDecision(c, false, false, cat,
                    Inv($"declared on {at}, after {late.LimitText}, the end of the late window of the category {cat}"), lateRef);
        }
    }

    private static bool IsMemberOn(IReadOnlyDictionary<string, MembershipRecord> records, string id, LocalDate day) =>
        !records.TryGetValue(id, out var record) || Dues.StateOn(record, day).IsMember;

    private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
