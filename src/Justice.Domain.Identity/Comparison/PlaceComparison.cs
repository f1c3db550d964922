using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Preparation;
namespace Justice.Domain.Identity.Comparison;

/// <summary>
/// Birth-place comparison on resolved places (texts: commune key, department, country): same commune after
/// history, same department, same foreign country, different.
/// </summary>
internal sealed class PlaceComparison : FieldComparison
{
    public static readonly string[] LevelNames = ["same-commune", "same-department", "same-country", "different"];
    private readonly int slot;

    public PlaceComparison(string name, int slot)
        : base(name, LevelNames, [0.85, 0.05, 0.05, 0.05], [0.002, 0.02, 0.01, 0.968], termFrequency: false) => this.slot = slot;

    public override int Level(PreparedRecord a, PreparedRecord b)
    {
        string? ac = a.Texts[slot], ad = a.Texts[slot + 1], an = a.Texts[slot + 2];
        string? bc = b.Texts[slot], bd = b.Texts[slot + 1], bn = b.Texts[slot + 2];
        if ((ac is null && an is null) || (bc is null && bn is null))
        {
            return -1;
        }

        if (ac is not null && string.Equals(ac, bc))
        {
            return 0;
        }

        if (ad is not null && string.Equals(ad, bd))
        {
            return 1;
        }

        if (an is not null && an != "FR" && string.Equals(an, bn))
        {
            return 2;
        }

        // One side known only by its country (France), the other with a commune in France: no evidence either way.
        if ((ac is null || bc is null) && an == "FR" && bn == "FR")
        {
            return -1;
        }

        return 3;
    }
}
