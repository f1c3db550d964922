using System.Runtime.InteropServices;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;

namespace Justice.Domain.Identity.Preparation;

/// <summary>
/// A thread-safe memo table: 256 plain dictionaries, each behind its own lock, chosen by the key's hash (which the
/// caller computes once and passes in). Unlike <c>ConcurrentDictionary</c> it allocates no object per entry: the
/// entries of a stripe sit in one array. With 256 stripes, the tables of a million-record run (at most about 340,000
/// entries) keep each stripe's array under the 85,000-byte large-object threshold: a growing array on the
/// large-object heap counts against that heap's allocation budget, and each time the budget runs out the collector
/// makes a full collection of everything the run holds (measured: one full collection fewer while reading a million
/// records). Two threads contend only when they touch the same stripe at the same moment.
/// </summary>
/// <typeparam name="TKey">The key; its comparer's hash must be the one passed to the methods.</typeparam>
/// <typeparam name="TValue">The value.</typeparam>
internal sealed class StripedTable<TKey, TValue>
    where TKey : notnull
{
    private const int StripeBits = 8;
    private readonly Dictionary<TKey, TValue>[] stripes = new Dictionary<TKey, TValue>[1 << StripeBits];

    public StripedTable(IEqualityComparer<TKey> comparer)
    {
        for (var i = 0; i < stripes.Length; i++)
        {
            stripes[i] = new Dictionary<TKey, TValue>(comparer);
        }
    }

    /// <summary>The number of entries (takes every stripe's lock in turn).</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var stripe in stripes)
            {
                lock (stripe)
                {
                    count += stripe.Count;
                }
            }

            return count;
        }
    }

    public bool TryGetValue(TKey key, int hash, out TValue value)
    {
        var stripe = Stripe(hash);
        lock (stripe)
        {
            return stripe.TryGetValue(key, out value!);
        }
    }

    /// <summary>Looks a text key up by its characters (for tables keyed by strings, compared ordinally).</summary>
    /// <param name="key">The key's characters.</param>
    /// <param name="value">The value found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        var stripe = (Dictionary<string, TValue>)(object)Stripe(string.GetHashCode(key));
        lock (stripe)
        {
            return stripe.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value!);
        }
    }

    /// <summary>Adds the entry unless the key is present; returns the value kept (the first one added).</summary>
    public TValue GetOrAdd(TKey key, int hash, TValue value)
    {
        var stripe = Stripe(hash);
        lock (stripe)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(stripe, key, out var exists);
            if (!exists)
            {
                slot = value;
            }

            return slot!;
        }
    }

    // The top bits of a Fibonacci-mixed hash: dictionaries use the low bits for their buckets.
    private Dictionary<TKey, TValue> Stripe(int hash) => stripes[unchecked((uint)hash * 0x9E3779B9u) >> (32 - StripeBits)];
}
