namespace Justice.Domain.Identity.Matching;

/// <summary>
/// <i>Enregistrement normalisé</i>: a record normalised once for matching: folded and interned names with
/// their variants and phonetic codes, date parts, resolved place keys and blocking keys. Profiles build
/// them (<see cref="CivilStatusProfile.Prepare"/>, <see cref="FebrlProfile.Prepare"/>); comparing two
/// prepared records allocates nothing.
/// </summary>
public sealed class PreparedRecord
{
    internal PreparedRecord(string id, NameForms[] names, string?[] texts, int[] numbers, ulong[] blockingKeys)
    {
        Id = id;
        Names = names;
        Texts = texts;
        Numbers = numbers;
        BlockingKeys = blockingKeys;
    }

    /// <summary>The source record id.</summary>
    public string Id { get; }

    internal NameForms[] Names { get; }

    internal string?[] Texts { get; }

    internal int[] Numbers { get; }

    internal ulong[] BlockingKeys { get; }
}
