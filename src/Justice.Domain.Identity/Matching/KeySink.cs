namespace Justice.Domain.Identity.Matching;

/// <summary>Receives a record's blocking keys, each once, in the order written.</summary>
internal ref struct KeySink(Span<ulong> keys)
{
    private readonly Span<ulong> keys = keys;

    /// <summary>How many keys were written.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a key unless it is already there. Throws when the span is full (the caller sizes it from the profile's bound).</summary>
    public void Add(ulong key)
    {
        if (!keys[..Count].Contains(key))
        {
            keys[Count++] = key;
        }
    }
}
