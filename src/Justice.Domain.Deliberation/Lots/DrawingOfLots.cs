using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Lots;

/// <summary>
/// <i>Tirage au sort</i>: a reproducible, auditable drawing of lots. In <see cref="LotMode.Rfc3797"/> mode it is the
/// publicly verifiable selection of RFC 3797, § 4, exactly: the key string is the concatenation of the canonical
/// entropy sources; selection <c>i</c> (from 0) hashes with MD5 the key bracketed by <c>i</c> as two bytes
/// (most significant first), reads the digest as a 128-bit unsigned integer, and takes the item at position
/// <c>digest mod remaining</c> among the items not yet selected, in the pool's published order.
/// </summary>
/// <example>
/// <code>
/// var lots = DrawingOfLots.FromSources(
///     EntropySource.Integers("Alphaland lottery", 9319),
///     EntropySource.Integers("Betastani lottery", 2, 5, 12, 8, 10),
///     EntropySource.Integers("Gammaland draw", 9, 18, 26, 34, 41, 45));
/// lots.KeyString; // "9319./2.5.8.10.12./9.18.26.34.41.45./"
/// lots.Draw(pool, 10).Selected; // Lee, Doc, Mary, Charity, Kasczynski, ...
/// </code>
/// </example>
public sealed record DrawingOfLots
{
    /// <summary>The largest pool RFC 3797 supports (the index is two bytes).</summary>
    public const int MaxPool = 65535;

    private DrawingOfLots(LotMode mode, ImmutableArray<EntropySource> sources, long? seed)
    {
        Mode = mode;
        Sources = sources;
        Seed = seed;
    }

    /// <summary>RFC 3797, § 4 ("A Suggested Precise Algorithm").</summary>
    public static LegalReference Procedure { get; } = new(LegalText.Rfc3797, "4", null, LegalDivision.Section);

    /// <summary>Published entropy or seed.</summary>
    public LotMode Mode { get; }

    /// <summary>The entropy sources, in their published order (empty in seeded mode).</summary>
    public ImmutableArray<EntropySource> Sources { get; }

    /// <summary>The seed in seeded mode, otherwise null.</summary>
    public long? Seed { get; }

    /// <summary>The key string: the canonical sources concatenated in order, or "&lt;seed&gt;./" in seeded mode.</summary>
    public string KeyString => Mode == LotMode.Seeded
        ? Seed!.Value.ToString(CultureInfo.InvariantCulture) + "./"
        : string.Concat(Sources.Select(s => s.Canonical));

    /// <summary>A drawing from published entropy sources, in the order announced beforehand (RFC 3797, § 4).</summary>
    /// <param name="sources">The sources, at least one.</param>
    /// <returns>The drawing.</returns>
    public static DrawingOfLots FromSources(params EntropySource[] sources)
    {
        var array = Guard.NoNullElements(sources);
        if (array.Length == 0)
        {
            throw new ArgumentException("sources must hold at least one entropy source (RFC 3797, § 3.1).", nameof(sources));
        }

        return new DrawingOfLots(LotMode.Rfc3797, [.. array], null);
    }

    /// <summary>A seeded drawing (tests, simulations): the RFC 3797 procedure with the key "&lt;seed&gt;./".</summary>
    /// <param name="seed">The seed, 0 or more.</param>
    /// <returns>The drawing.</returns>
    public static DrawingOfLots Seeded(long seed) => new(LotMode.Seeded, [], Guard.NotNegative(seed));

    /// <summary>
    /// Draws <paramref name="count"/> items from <paramref name="pool"/>, numbered in the order given.
    /// O(count × pool).
    /// </summary>
    /// <param name="pool">The pool, in its published order; no blank or duplicate item; at most 65,535 items.</param>
    /// <param name="count">How many to select, between 0 and the pool size.</param>
    /// <param name="extraKey">
    /// Extra key material appended to the key string as "&lt;canonical text&gt;./" (RFC 3797's reference code allows it),
    /// so that several drawings from the same sources (one per tie) differ; null for none.
    /// </param>
    /// <returns>The record of the drawing.</returns>
    public LotDraw Draw(IEnumerable<string> pool, int count, string? extraKey = null)
    {
        var items = Guard.NoNullElements(pool);
        if (items.Length > MaxPool)
        {
            throw Guard.OutOfRange(nameof(pool), items.Length, "a pool of at most 65535 items (RFC 3797 indexes selections with two bytes)");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (string.IsNullOrWhiteSpace(item) || !seen.Add(item))
            {
                throw new ArgumentException("pool item '" + item + "' is blank or appears twice; the pool must be a numbered list of distinct items.", nameof(pool));
            }
        }

        Guard.InRange(count, 0, items.Length);
        var key = KeyString;
        if (extraKey is not null)
        {
            key += EntropySource.CanonicalText(extraKey) + "./";
        }

        var keyBytes = Encoding.ASCII.GetBytes(key);
        var remaining = new List<string>(items);
        var steps = ImmutableArray.CreateBuilder<LotDrawStep>(count);
        var buffer = new byte[keyBytes.Length + 4];
        keyBytes.CopyTo(buffer, 2);
        for (var i = 0; i < count; i++)
        {
            buffer[0] = buffer[^2] = (byte)(i >> 8);
            buffer[1] = buffer[^1] = (byte)i;
            var digest = MD5.HashData(buffer);
            var index = Remainder(digest, remaining.Count);
            var chosen = remaining[index];
            remaining.RemoveAt(index);
            steps.Add(new LotDrawStep(i, Convert.ToHexString(digest), remaining.Count + 1, index + 1, chosen));
        }

        var built = steps.MoveToImmutable();
        return new LotDraw(Mode, key, Sources, Seed, [.. items], [.. built.Select(s => s.Selected)], built, Procedure);
    }

    private static int Remainder(byte[] digest, int divisor)
    {
        long remainder = 0;
        foreach (var b in digest)
        {
            remainder = ((remainder << 8) + b) % divisor;
        }

        return (int)remainder;
    }
}
