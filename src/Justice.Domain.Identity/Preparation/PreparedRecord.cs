using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
namespace Justice.Domain.Identity.Preparation;

/// <summary>
/// <i>Enregistrement normalisé</i>: a record normalised once for matching: folded and interned names with
/// their variants and phonetic codes, date parts, resolved place keys and blocking keys. Profiles build
/// them (<see cref="CivilStatusProfile.Prepare"/>, <see cref="FebrlProfile.Prepare"/>); comparing two
/// prepared records allocates nothing.
/// </summary>
/// <remarks>
/// A million prepared records stay in memory through a bulk run, and the garbage collector visits each object of
/// each record at every full collection: the two name slots of the profiles are fields (not an array of their own),
/// and the blocking keys may be a slice of an array shared by many records (<see cref="CivilStatusPreparer"/> packs
/// them so), so a record is two objects (itself and its id) plus what it shares with others.
/// </remarks>
public sealed class PreparedRecord
{
    private readonly NameForms? firstSlot;
    private readonly NameForms? secondSlot;
    private readonly NameForms[]? otherSlots;
    private readonly ulong[] keys;
    private readonly int keyStart;
    private readonly int keyCount;

    internal PreparedRecord(string id, NameForms[] names, string?[] texts, int[] numbers, ulong[] blockingKeys)
        : this(id, names.Length == 2 ? names[0] : null, names.Length == 2 ? names[1] : null, names.Length == 2 ? null : names, texts, numbers, blockingKeys, 0, blockingKeys.Length)
    {
    }

    /// <summary>A record of the profiles' two name slots, its keys a slice of <paramref name="keySlab"/>.</summary>
    internal PreparedRecord(string id, NameForms first, NameForms second, string?[] texts, int[] numbers, ulong[] keySlab, int keyStart, int keyCount)
        : this(id, first, second, null, texts, numbers, keySlab, keyStart, keyCount)
    {
    }

    private PreparedRecord(string id, NameForms? first, NameForms? second, NameForms[]? others, string?[] texts, int[] numbers, ulong[] keySlab, int keyStart, int keyCount)
    {
        Id = id;
        (firstSlot, secondSlot, otherSlots) = (first, second, others);
        Texts = texts;
        Numbers = numbers;
        keys = keySlab;
        this.keyStart = keyStart;
        this.keyCount = keyCount;
    }

    /// <summary>The source record id.</summary>
    public string Id { get; }

    internal int NameSlots => otherSlots?.Length ?? 2;

    internal string?[] Texts { get; }

    internal int[] Numbers { get; }

    internal ReadOnlySpan<ulong> BlockingKeys => keys.AsSpan(keyStart, keyCount);

    /// <summary>How much the record says: its name slots present, its texts known and its numbers known.</summary>
    internal int Completeness
    {
        get
        {
            var count = 0;
            for (var slot = 0; slot < NameSlots; slot++)
            {
                count += Name(slot).IsMissing ? 0 : 1;
            }

            foreach (var text in Texts)
            {
                count += text is null ? 0 : 1;
            }

            foreach (var number in Numbers)
            {
                count += number == 0 ? 0 : 1;
            }

            return count;
        }
    }

    /// <summary>The names of slot <paramref name="slot"/> (0 ≤ slot &lt; <see cref="NameSlots"/>).</summary>
    internal NameForms Name(int slot) => otherSlots is not null ? otherSlots[slot] : slot == 0 ? firstSlot! : slot == 1 ? secondSlot! : throw new ArgumentOutOfRangeException(nameof(slot));
}
