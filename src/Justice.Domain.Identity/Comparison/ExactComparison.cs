using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Preparation;
namespace Justice.Domain.Identity.Comparison;

/// <summary>Exact comparison of one text slot: same, different (sex, state).</summary>
internal sealed class ExactComparison(string name, int slot, double m, double u)
    : TextSlotComparison(name, slot, ["same", "different"], [m, 1 - m], [u, 1 - u])
{
    protected override int Differing(string x, string y) => 1;
}
