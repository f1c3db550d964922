using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Preparation;
namespace Justice.Domain.Identity.Comparison;

/// <summary>A comparison of one text slot: missing when either side is null, level 0 when equal, else <see cref="Differing"/>.</summary>
internal abstract class TextSlotComparison : FieldComparison
{
    private readonly int slot;

    protected TextSlotComparison(string name, int slot, IReadOnlyList<string> levels, IReadOnlyList<double> initialM, IReadOnlyList<double> initialU)
        : base(name, levels, initialM, initialU, termFrequency: false) => this.slot = slot;

    public sealed override int Level(PreparedRecord a, PreparedRecord b)
    {
        var x = a.Texts[slot];
        var y = b.Texts[slot];
        if (x is null || y is null)
        {
            return -1;
        }

        return string.Equals(x, y) ? 0 : Differing(x, y);
    }

    /// <summary>The level of two different, present values.</summary>
    protected abstract int Differing(string x, string y);
}
