using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Justice.Domain.Allocation.Ranking;

/// <summary>
/// Posts per court, for every court, as a read-only dictionary by court id whose keys come in ordinal order: a view over
/// one array of counts and the compiled courts' id index (built once by the validator), so that a result does not hash
/// every id again.
/// </summary>
internal sealed class CourtTotals : IReadOnlyDictionary<string, int>
{
    private readonly CompiledCourts courts;
    private readonly int[] counts;

    /// <summary>Creates the view; <paramref name="counts"/> is indexed by input index and owned from now on.</summary>
    public CourtTotals(CompiledCourts courts, int[] counts)
    {
        this.courts = courts;
        this.counts = counts;
    }

    /// <inheritdoc />
    public int Count => counts.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => courts.OrdinalIdOrder.Select(i => courts.Ids[i]);

    /// <inheritdoc />
    public IEnumerable<int> Values => courts.OrdinalIdOrder.Select(i => counts[i]);

    /// <inheritdoc />
    public int this[string key] => TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException("No court has the id given.");

    /// <inheritdoc />
    public bool ContainsKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return courts.IndexOfId.ContainsKey(key);
    }

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out int value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (courts.IndexOfId.TryGetValue(key, out var index))
        {
            value = counts[index];
            return true;
        }

        value = 0;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, int>> GetEnumerator()
    {
        foreach (var i in courts.OrdinalIdOrder)
        {
            yield return new KeyValuePair<string, int>(courts.Ids[i], counts[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
