using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
namespace Justice.Domain.Identity.Preparation;

/// <summary>
/// Receives a record's blocking keys. Keys are appended as written (a rule that writes the one-letter deletions of a
/// name writes the same key more than once, for a doubled letter); <see cref="Distinct"/> sorts them and keeps each
/// once, which costs one sort instead of a search per key.
/// </summary>
internal ref struct KeySink(Span<ulong> keys)
{
    private readonly Span<ulong> keys = keys;

    /// <summary>How many keys were written, repeats included.</summary>
    public int Count { get; private set; }

    /// <summary>Appends a key. Throws when the span is full (the caller sizes it from the rules' bounds).</summary>
    public void Add(ulong key) => keys[Count++] = key;

    /// <summary>Sorts the written keys and keeps each once; returns how many distinct keys there are.</summary>
    public readonly int Distinct()
    {
        var written = keys[..Count];
        written.Sort();
        var distinct = 0;
        for (var i = 0; i < written.Length; i++)
        {
            if (distinct == 0 || written[distinct - 1] != written[i])
            {
                written[distinct++] = written[i];
            }
        }

        return distinct;
    }
}
