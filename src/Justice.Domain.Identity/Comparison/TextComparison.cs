using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Text;

namespace Justice.Domain.Identity.Comparison;

/// <summary>Free-text comparison of one text slot: exact, Jaro–Winkler ≥ 0.90, ≥ 0.75, different (addresses, suburbs).</summary>
internal sealed class TextComparison(string name, int slot)
    : TextSlotComparison(name, slot, ["exact", "jaro-winkler-0.90", "jaro-winkler-0.75", "different"], [0.8, 0.1, 0.05, 0.05], [0.002, 0.008, 0.1, 0.89])
{
    internal override bool Costly => true;

    protected override int Differing(string x, string y)
    {
        var similarity = JaroWinkler.Similarity(x, y);
        return similarity >= 0.90 ? 1 : similarity >= 0.75 ? 2 : 3;
    }
}
