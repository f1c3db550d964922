using Justice.Domain.Usm.Assembly;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Mutation;

/// <summary>
/// The polling bureau of the general assembly (RI USM, art. 3-5, al. 1) read back whole: every seat in its order, every
/// vacancy and every unresolved tie with its words, so that a changed order, edge or text fails.
/// </summary>
public class PollingBureauTableTests
{
    private static AttendanceEntry Delegate(string id, int year, int month = 3) => new(id, new LocalDate(year, month, 1), true);

    private static string Seats(PollingBureau bureau) => string.Join(", ", bureau.Seats.Select(s => s.MemberId + ":" + s.Role));

    [Fact]
    [Trait("Article", "RI USM, art. 3-5, al. 1")]
    public void Compute_NobodyExOfficioPresent_EveryVacancyNamed()
    {
        // "le président, le secrétaire général, le magistrat honoraire membre du conseil national sortant, les trois
        // délégués régionaux présents les plus âgés et les trois … les plus jeunes".
        var bureau = PollingBureau.Compute([Delegate("d1", 1960)], "pres", "sg", "hon");
        Assert.Equal("d1:OldestRegionalDelegate", Seats(bureau));
        Assert.Equal(
            [
                "the president ('pres') is not on the attendance list",
                "the secretary general ('sg') is not on the attendance list",
                "the honorary magistrate of the outgoing council ('hon') is not on the attendance list",
                "only 1 regional delegates present besides the ex officio members: 5 delegate seat(s) empty",
            ],
            bureau.Vacancies);
        Assert.False(bureau.IsComplete);

        var noHonorary = PollingBureau.Compute([], "pres", "sg", null);
        Assert.Contains("the outgoing council has no honorary magistrate member", noHonorary.Vacancies);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-5, al. 1")]
    public void Compute_SameBirthDates_SeatedByIdentifier_TiesAtBothEdgesReported()
    {
        // Eight delegates for six seats: d-c and d-d share 1955 at the edge of the three oldest, d-e and d-f share 1990
        // at the edge of the three youngest; the text sets no tie rule, so both ties are reported.
        AttendanceEntry[] present =
        [
            Delegate("d-b", 1950), Delegate("d-a", 1950), Delegate("d-d", 1955), Delegate("d-c", 1955),
            Delegate("d-f", 1990), Delegate("d-e", 1990), Delegate("d-g", 1995), Delegate("d-h", 1995, 6),
            new("pres", new LocalDate(1970, 1, 1), false), new("sg", new LocalDate(1971, 1, 1), false),
        ];
        var bureau = PollingBureau.Compute(present, "pres", "sg", null);
        Assert.Equal(
            "pres:President, sg:SecretaryGeneral, d-a:OldestRegionalDelegate, d-b:OldestRegionalDelegate, d-c:OldestRegionalDelegate, "
            + "d-h:YoungestRegionalDelegate, d-g:YoungestRegionalDelegate, d-f:YoungestRegionalDelegate",
            Seats(bureau));
        Assert.Equal(
            [
                "delegates d-c, d-d share the birth date 1955-03-01 at the edge of the three oldest; art. 3-5 sets no tie rule: seated here by identifier order, to be confirmed by the assembly",
                "delegates d-e, d-f share the birth date 1990-03-01 at the edge of the three youngest; art. 3-5 sets no tie rule: seated here by identifier order, to be confirmed by the assembly",
            ],
            bureau.UnresolvedTies);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-5, al. 1")]
    public void Compute_SevenDelegatesAllBornApart_NoTie()
    {
        var present = Enumerable.Range(1, 7).Select(i => Delegate("d" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 1950 + i)).ToList();
        var bureau = PollingBureau.Compute(present, "pres", "sg", null);
        Assert.Empty(bureau.UnresolvedTies);
        Assert.Equal(6, bureau.Seats.Count);
    }
}
