using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Text;

namespace Justice.Domain.Identity.Comparison;

/// <summary>Identifier comparison of one text slot: exact, one edit (optimal string alignment), two edits, different (postcodes, numbers).</summary>
internal sealed class IdentifierComparison(string name, int slot)
    : TextSlotComparison(name, slot, ["exact", "one-edit", "two-edits", "different"], [0.85, 0.1, 0.03, 0.02], [0.001, 0.01, 0.05, 0.939])
{
    protected override int Differing(string x, string y)
    {
        if (Math.Abs(x.Length - y.Length) > 2)
        {
            return 3;
        }

        var distance = DamerauLevenshtein.Distance(x, y);
        return distance <= 1 ? 1 : distance == 2 ? 2 : 3;
    }
}
