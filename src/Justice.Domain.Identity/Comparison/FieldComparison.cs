using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Preparation;
namespace Justice.Domain.Identity.Comparison;

/// <summary>
/// <i>Comparaison d'un champ</i>: turns a pair of prepared records into a comparison level of one field
/// (0 = strongest agreement, the last level = disagreement, −1 = a value missing on either side, which
/// weighs nothing). Each level has its m and u probabilities in the model.
/// </summary>
public abstract class FieldComparison
{
    /// <summary>Creates a comparison.</summary>
    /// <param name="name">The field name (as in the model JSON).</param>
    /// <param name="levels">The level names, strongest first.</param>
    /// <param name="initialM">Starting m probabilities, one per level.</param>
    /// <param name="initialU">Starting u probabilities, one per level.</param>
    /// <param name="termFrequency">Whether exact agreement is adjusted by the frequency of the value.</param>
    protected FieldComparison(string name, IReadOnlyList<string> levels, IReadOnlyList<double> initialM, IReadOnlyList<double> initialU, bool termFrequency)
    {
        Core.Guard.NotBlank(name);
        Core.Guard.NotNull(levels);
        Name = name;
        Levels = levels;
        InitialM = initialM;
        InitialU = initialU;
        TermFrequency = termFrequency;
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The level names, strongest agreement first.</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>Starting m probabilities.</summary>
    public IReadOnlyList<double> InitialM { get; }

    /// <summary>Starting u probabilities.</summary>
    public IReadOnlyList<double> InitialU { get; }

    /// <summary>Whether level 0 is adjusted by the frequency of the agreeing value.</summary>
    public bool TermFrequency { get; }

    /// <summary>The levels at which a pair is never an automatic match (none by default); copied into the model, where they can be changed.</summary>
    public IReadOnlyList<int> VetoLevels { get; init; } = [];

    /// <summary>The level whose m is fixed at its starting value (−1 for none): training keeps it; the model may change it.</summary>
    public int FixedMLevel { get; init; } = -1;

    /// <summary>The level of a pair: 0..<c>Levels.Count − 1</c>, or −1 when a value is missing.</summary>
    /// <param name="a">First record.</param>
    /// <param name="b">Second record.</param>
    /// <returns>The level index.</returns>
    public abstract int Level(PreparedRecord a, PreparedRecord b);

    /// <summary>
    /// Whether <see cref="Level"/> is costly (string similarity over name forms) compared with reading a few
    /// values: a search scores the cheap fields of a candidate first and stops when even the best levels of the
    /// costly ones could not bring it into the results.
    /// </summary>
    internal virtual bool Costly => false;

    /// <summary>The value whose frequency adjusts an exact agreement (null when the field has none).</summary>
    /// <param name="record">A record.</param>
    /// <returns>The value.</returns>
    public virtual string? TermFrequencyValue(PreparedRecord record) => null;
}
