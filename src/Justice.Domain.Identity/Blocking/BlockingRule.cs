using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
namespace Justice.Domain.Identity.Blocking;

/// <summary>
/// <i>Règle de blocage</i>: records sharing a key of this rule are compared. A rule is defined once, in its profile,
/// and every stage takes it from there: the index and the bulk pairs (which records share a key), training (the
/// <see cref="Fields"/> it reads are held out of the m estimated from its pairs, as Splink does) and the blocking
/// analysis (its recall, its cost, and what is left when one field is lost). A record with a field the rule reads
/// missing has no key of that rule: a pair whose field is missing on one side is found only by the rules that do not
/// read that field.
/// </summary>
public sealed class BlockingRule
{
    internal BlockingRule(string name, string description, IReadOnlyList<string> fields, KeyWriter keys, int? maxBlockSize = null, KeyBound? bound = null)
    {
        Name = name;
        Description = description;
        Fields = fields;
        Keys = keys;
        MaxBlockSize = maxBlockSize;
        Bound = bound ?? PairBound;
    }

    /// <summary>Writes the keys of one record for the rule numbered <paramref name="rule"/>.</summary>
    internal delegate void KeyWriter(in BlockingFields record, int rule, ref KeySink keys);

    /// <summary>An upper bound on the keys <see cref="Keys"/> writes for one record, repeats included.</summary>
    internal delegate int KeyBound(in BlockingFields record);

    /// <summary>The rule's name, as reports show it (for example <c>surname-date</c>).</summary>
    public string Name { get; }

    /// <summary>What the key is made of.</summary>
    public string Description { get; }

    /// <summary>The compared fields the key reads (the profile's field names).</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>
    /// The largest block this rule compares, when it is smaller than the run's cap: a rule whose keys are common by
    /// nature (a first name and a birth commune) keeps only its small blocks, where its keys are rare enough to mean
    /// something; its larger blocks are reported as capped. Null: the run's cap.
    /// </summary>
    public int? MaxBlockSize { get; }

    /// <summary>The cap of this rule's blocks in a run whose cap is <paramref name="runCap"/>.</summary>
    internal int CapIn(int runCap) => MaxBlockSize is { } own ? Math.Min(own, runCap) : runCap;

    /// <summary>Writes a record's keys of this rule.</summary>
    internal KeyWriter Keys { get; }

    /// <summary>An upper bound on the keys of one record under this rule.</summary>
    internal KeyBound Bound { get; }

    /// <summary>
    /// The bound of a rule that writes at most one key per pair of a slot-0 phonetic code and a slot-1 token code (or
    /// per slot-0 code alone), or two per coded slot-1 token, or one: every rule but those that write name variants.
    /// </summary>
    internal static int PairBound(in BlockingFields record) =>
        2 + (record.First.Phonetic.Length * (1 + record.Second.TokenCodes.Length)) + (2 * Math.Min(NameForms.CodedTokens, record.Second.Tokens.Length));

    /// <summary>Whether the rule reads <paramref name="field"/>.</summary>
    /// <param name="field">A compared field's name.</param>
    /// <returns>True when the key depends on it.</returns>
    public bool Reads(string field) => Fields.Contains(field, StringComparer.Ordinal);

    /// <summary>The name.</summary>
    /// <returns>The rule's name.</returns>
    public override string ToString() => Name;
}
