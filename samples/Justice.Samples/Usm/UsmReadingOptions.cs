using Justice.Domain.Deliberation.Meetings;
using Justice.Domain.Usm.Readings;
using Justice.Samples.Cli;

namespace Justice.Samples.Usm;

/// <summary>
/// The <c>--reading NAME=VALUE</c> switches of <c>justice usm</c>: each names a property of <see cref="UsmReadings"/>
/// and one of its values, case-insensitive (<c>HonorarySeat=ExactlyOne</c>, <c>honorary-seat=exactly-one</c>).
/// </summary>
internal static class UsmReadingOptions
{
    /// <summary>Every reading: its name, the articles it reads, its values and the default's value.</summary>
    public static IReadOnlyList<UsmReadingEntry> All { get; } =
    [
        Entry("PresidentVoice", false, "Statuts USM, art. 12, 15", r => r.PresidentVoice, (r, v) => r with { PresidentVoice = v }),
        Entry("CouncilMembers", false, "Statuts USM, art. 6 d, 11, 13; RI USM, art. 1-4", r => r.CouncilMembers, (r, v) => r with { CouncilMembers = v }),
        Entry("BureauTwoThirdsBase", false, "Statuts USM, art. 7; RI USM, art. 1-5", r => r.BureauTwoThirdsBase, (r, v) => r with { BureauTwoThirdsBase = v },
            [MajorityBase.DeliberativeMembers, MajorityBase.PresentOrRepresented]),
        Entry("HonorarySeat", true, "Statuts USM, art. 12, al. 2", r => r.HonorarySeat, (r, v) => r with { HonorarySeat = v }),
        Entry("SecondGrade", true, "Statuts USM, art. 12, al. 2; RI USM, art. 3-2", r => r.SecondGrade, (r, v) => r with { SecondGrade = v }),
        Entry("ElectronicVote", false, "Statuts USM, art. 15, al. 5", r => r.ElectronicVote, (r, v) => r with { ElectronicVote = v }),
        Entry("UnionlessProxyGiver", true, "RI USM, art. 3-4, al. 4; Statuts USM, art. 18", r => r.UnionlessProxyGiver, (r, v) => r with { UnionlessProxyGiver = v }),
        Entry("MandateOverlap", false, "Statuts USM, art. 9, 13, 16", r => r.MandateOverlap, (r, v) => r with { MandateOverlap = v }),
        Entry("CavVoteDay", false, "RI USM, art. 2-9", r => r.CavVoteDay, (r, v) => r with { CavVoteDay = v }),
    ];

    /// <summary>Applies the switches in order to the default readings; a later switch of the same reading wins.</summary>
    /// <exception cref="CliUsageException">A switch is not NAME=VALUE, or names no reading or no value of it.</exception>
    public static UsmReadings Parse(IEnumerable<string> switches)
    {
        var readings = UsmReadings.Default;
        foreach (var text in switches)
        {
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == text.Length - 1)
            {
                throw new CliUsageException("--reading '" + text + "' is not NAME=VALUE, for example --reading HonorarySeat=ExactlyOne; `justice usm readings` lists them.");
            }

            var name = text[..equals];
            var entry = All.FirstOrDefault(e => Same(e.Name, name))
                ?? throw new CliUsageException("--reading '" + name + "' names no reading; the readings are " + string.Join(", ", All.Select(e => e.Name)) + ".");
            readings = entry.Apply(readings, text[(equals + 1)..]);
        }

        return readings;
    }

    /// <summary>The readings that differ from the default, as NAME=VALUE (empty when all are the default).</summary>
    public static IReadOnlyList<string> Chosen(UsmReadings readings) =>
        [.. All.Where(e => e.ValueOf(readings) != e.ValueOf(UsmReadings.Default)).Select(e => e.Name + "=" + e.ValueOf(readings))];

    /// <summary>Whether two names are the same, ignoring case and hyphens (kebab-case is accepted).</summary>
    internal static bool Same(string expected, string given) =>
        string.Equals(expected, given.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    private static UsmReadingEntry Entry<TValue>(
        string name, bool readByAssembly, string articles, Func<UsmReadings, TValue> get, Func<UsmReadings, TValue, UsmReadings> set, TValue[]? values = null)
        where TValue : struct, Enum
    {
        var allowed = values ?? Enum.GetValues<TValue>();
        return new UsmReadingEntry(
            name,
            articles,
            readByAssembly,
            [.. allowed.Select(v => v.ToString())],
            r => get(r).ToString(),
            (r, text) =>
            {
                foreach (var value in allowed)
                {
                    if (Same(value.ToString(), text))
                    {
                        return set(r, value);
                    }
                }

                throw new CliUsageException("--reading " + name + "='" + text + "' is not a value of " + name + "; the values are " + string.Join(", ", allowed) + ".");
            });
    }
}
