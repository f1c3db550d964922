using Justice.Domain.Deliberation.Meetings;
using Justice.Domain.Usm.Calendar;
using Justice.Domain.Usm.Decisions;
using NodaTime;

namespace Justice.Domain.Usm.Tests;

public class ReadmeExampleTests
{
    [Fact]
    [Trait("Article", "Statuts USM, art. 6 d")]
    public void ReadmeExample_CompilesAndGivesTheDocumentedResults()
    {
        // --- README example (src/Justice.Domain.Usm/README.md) ---
        var calendar = ElectoralAssemblyCalendar.For(new LocalDate(2026, 11, 26), new LocalDate(2026, 11, 27));
        var friday = calendar["council-candidacies"]; // 2026-11-20, RI USM, art. 3-2, al. 2

        var catalogue = UsmDecisionCatalogue.Create(); // default readings where the texts are silent (docs/readings.md)
        var members = new List<Member> { new("pres", Voice.Deliberative, isChair: true) };
        members.AddRange(Enumerable.Range(1, 26).Select(i => new Member($"e{i}", Voice.Deliberative)));
        var meeting = Meeting.Create("conseil national", new LocalDate(2026, 6, 20), members, members.Take(20).Select(m => m.Id));
        var exclusion = catalogue[UsmDecision.MemberExclusion].Rules;
        var outcome = Deliberator.Decide(meeting, exclusion, new Motion("exclusion", new VoteTally(17, 3)));
        // outcome.Decision == MotionDecision.Rejected: 17 < 18, two thirds of the 27 members (Statuts USM, art. 6 d)
        // --- end of README example ---
        Assert.Equal(new LocalDate(2026, 11, 20), friday.Date);
        Assert.Equal("RI USM, art. 3-2, al. 2", friday.Reference.ToString());
        Assert.Equal(MotionDecision.Rejected, outcome.Decision);
        Assert.Equal(18, outcome.Majority!.Required);
    }
}
