using Justice.Domain.Usm.Readings;

namespace Justice.Samples.Usm;

/// <summary>One reading of <see cref="UsmReadings"/> as the CLI names it.</summary>
/// <param name="Name">The property's name (<c>HonorarySeat</c>).</param>
/// <param name="Articles">The articles it reads.</param>
/// <param name="ReadByAssembly">Whether <c>justice usm assembly</c> reads it (the others change other rules only).</param>
/// <param name="Values">Its values' names.</param>
/// <param name="ValueOf">The value's name in a set of readings.</param>
/// <param name="Apply">The readings with this one set to a named value.</param>
internal sealed record UsmReadingEntry(
    string Name,
    string Articles,
    bool ReadByAssembly,
    IReadOnlyList<string> Values,
    Func<UsmReadings, string> ValueOf,
    Func<UsmReadings, string, UsmReadings> Apply);
