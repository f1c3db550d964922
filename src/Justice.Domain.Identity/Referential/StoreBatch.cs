namespace Justice.Domain.Identity.Referential;

/// <summary>
/// The checks every store makes on what it is given, so that the adapters reject the same input with the same words.
/// A store is given its batches by <see cref="PersonReferential"/>, which has already validated each record; these
/// checks guard a store called directly.
/// </summary>
public static class StoreBatch
{
    /// <summary>The longest record id a store keeps.</summary>
    public const int MaxIdLength = 256;

    /// <summary>Checks a batch to upsert: no null item, ids not blank, at most <see cref="MaxIdLength"/> characters, valid Unicode and distinct, documents not blank.</summary>
    /// <param name="batch">The batch.</param>
    /// <exception cref="ArgumentException">An item breaks a rule (its position and the rule are named, not its values).</exception>
    public static void CheckDistinct(IReadOnlyList<StoredPerson> batch)
    {
        Core.Guard.NotNull(batch);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            var person = batch[i] ?? throw new ArgumentException(FormattableString.Invariant($"batch item {i} is null"), nameof(batch));
            CheckId(person.Id, i, nameof(batch));
            if (string.IsNullOrWhiteSpace(person.Document) || person.BlockingKeys is null || person.Terms is null)
            {
                throw new ArgumentException(FormattableString.Invariant($"batch item {i}: document, blocking keys and terms are required"), nameof(batch));
            }

            if (!seen.Add(person.Id))
            {
                throw new ArgumentException(FormattableString.Invariant($"batch item {i}: its id appears earlier in the batch (ids must be distinct)"), nameof(batch));
            }
        }
    }

    /// <summary>Checks ids to remove: no null, blank or over-long id, and none that is not valid Unicode text.</summary>
    /// <param name="ids">The ids.</param>
    /// <exception cref="ArgumentException">An id breaks a rule.</exception>
    public static void CheckIds(IReadOnlyList<string> ids)
    {
        Core.Guard.NotNull(ids);
        for (var i = 0; i < ids.Count; i++)
        {
            CheckId(ids[i], i, nameof(ids));
        }
    }

    /// <summary>Checks a candidate request: blocks and terms present, block caps of 2 or more.</summary>
    /// <param name="request">The request.</param>
    /// <exception cref="ArgumentException">The request breaks a rule.</exception>
    public static void Check(CandidateRequest request)
    {
        Core.Guard.NotNull(request);
        if (request.Blocks is null || request.Terms is null)
        {
            throw new ArgumentException("a candidate request needs its blocks and terms (empty lists when none)", nameof(request));
        }

        for (var i = 0; i < request.Blocks.Count; i++)
        {
            if (request.Blocks[i].MaxBlockSize < 2)
            {
                throw new ArgumentException(FormattableString.Invariant($"block {i}: the largest block must be 2 or more"), nameof(request));
            }
        }

        for (var i = 0; i < request.Terms.Count; i++)
        {
            if (request.Terms[i].Value is null || request.Terms[i].Field < 0)
            {
                throw new ArgumentException(FormattableString.Invariant($"term {i}: a field index of 0 or more and a value are required"), nameof(request));
            }
        }
    }

    /// <summary>
    /// The rule an id breaks (blank, over <see cref="MaxIdLength"/> characters, or not valid Unicode text: a database
    /// stores an unpaired surrogate as U+FFFD or refuses it, so two such ids could become one), or null: one wording
    /// for the stores' errors and the referential's rejections.
    /// </summary>
    internal static string? IdRule(string? id) =>
        string.IsNullOrWhiteSpace(id) ? "must not be empty"
        : id.Length > MaxIdLength ? FormattableString.Invariant($"must have at most {MaxIdLength} characters")
        : HasUnpairedSurrogate(id) ? "must be valid Unicode text (it holds an unpaired surrogate)"
        : null;

    private static bool HasUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckId(string? id, int position, string parameter)
    {
        if (IdRule(id) is { } rule)
        {
            throw new ArgumentException(FormattableString.Invariant($"item {position}: the id {rule}"), parameter);
        }
    }
}
