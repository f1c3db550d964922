using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Justice.Domain.Core;

/// <summary>
/// <i>Valeur datée</i>: a value (or a whole rule set) that changes over time, in force from a start date
/// until the next one, in the manner of OpenFisca's parameters. Rules that change with a reform are
/// looked up by date with <see cref="At"/>, never by <c>if (year &gt; …)</c> scattered in code.
/// </summary>
/// <typeparam name="T">The versioned value.</typeparam>
/// <example>
/// <code>
/// var entryGrade = DateVersioned.Create("entry grade",
///     (new LocalDate(1958, 12, 22), Grade.FormerSecondGrade),
///     (GradeReform.EffectiveDate, Grade.FirstGrade));
/// entryGrade.At(new LocalDate(2026, 3, 1)); // Grade.FirstGrade
/// </code>
/// </example>
public sealed class DateVersioned<T>
{
    private readonly LocalDate[] starts;

    /// <summary>Creates the versioned value from its versions, in any order.</summary>
    /// <param name="name">What the value is, for messages ("CAV composition rules").</param>
    /// <param name="versions">The versions; at least one, no two with the same start date.</param>
    /// <exception cref="ArgumentException">No version, a null version, or two versions starting on the same date.</exception>
    public DateVersioned(string name, IEnumerable<DateVersion<T>> versions)
    {
        Name = Guard.NotBlank(name);
        var sorted = Guard.NoNullElements(versions).OrderBy(v => v.From).ToImmutableArray();
        if (sorted.IsEmpty)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"versions of '{name}' must hold at least one version."), nameof(versions));
        }

        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].From == sorted[i - 1].From)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"versions of '{name}' has two versions starting on {Iso(sorted[i].From)}; each start date must be unique."),
                    nameof(versions));
            }
        }

        Versions = sorted;
        starts = sorted.Select(v => v.From).ToArray();
    }

    /// <summary>What the value is, as used in messages.</summary>
    public string Name { get; }

    /// <summary>The versions, by start date ascending.</summary>
    public ImmutableArray<DateVersion<T>> Versions { get; }

    /// <summary>The first date on which some version is in force.</summary>
    public LocalDate FirstDate => starts[0];

    /// <summary>
    /// Returns the value in force on <paramref name="date"/>: the version with the latest start on or before it.
    /// O(log n) for n versions.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The value in force.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the first version.</exception>
    public T At(LocalDate date) => VersionAt(date).Value;

    /// <summary>Returns the version (start date and value) in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The version in force.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the first version.</exception>
    public DateVersion<T> VersionAt(LocalDate date)
    {
        var index = IndexAt(date);
        if (index < 0)
        {
            throw Guard.OutOfRange(
                nameof(date),
                Iso(date),
                string.Create(CultureInfo.InvariantCulture, $"a date on or after {Iso(starts[0])}, when the first version of '{Name}' comes into force"));
        }

        return Versions[index];
    }

    /// <summary>Looks up the value in force on <paramref name="date"/> without throwing.</summary>
    /// <param name="date">The date.</param>
    /// <param name="value">The value in force, or default when none is.</param>
    /// <returns>True when a version is in force on that date.</returns>
    public bool TryAt(LocalDate date, out T value)
    {
        var index = IndexAt(date);
        value = index < 0 ? default! : Versions[index].Value;
        return index >= 0;
    }

    /// <summary>The last day on which the version starting at <paramref name="from"/> is in force, or null when it is the last version.</summary>
    /// <param name="from">The start date of a version.</param>
    /// <returns>The day before the next version starts, or null.</returns>
    public LocalDate? EndOf(LocalDate from)
    {
        var index = Array.BinarySearch(starts, from);
        if (index < 0)
        {
            throw Guard.OutOfRange(nameof(from), Iso(from), string.Create(CultureInfo.InvariantCulture, $"the start date of a version of '{Name}'"));
        }

        return index + 1 < starts.Length ? starts[index + 1].PlusDays(-1) : null;
    }

    private int IndexAt(LocalDate date)
    {
        var index = Array.BinarySearch(starts, date);
        return index >= 0 ? index : ~index - 1;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
