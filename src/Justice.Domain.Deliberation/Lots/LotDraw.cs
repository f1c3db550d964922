using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Lots;

/// <summary>
/// <i>Procès-verbal de tirage au sort</i>: the record of a drawing of lots: the mode, the exact key string hashed,
/// the numbered pool, each step and the items selected, in order. Anyone holding this record can replay it.
/// </summary>
/// <param name="Mode">Published entropy or seed.</param>
/// <param name="KeyString">The key string hashed, extra key material included.</param>
/// <param name="Sources">The entropy sources (empty in seeded mode).</param>
/// <param name="Seed">The seed (seeded mode), or null.</param>
/// <param name="Pool">The pool, numbered from 1 in this order.</param>
/// <param name="Selected">The items selected, in the order drawn.</param>
/// <param name="Steps">Each selection.</param>
/// <param name="Reference">The procedure followed.</param>
public sealed record LotDraw(
    LotMode Mode,
    string KeyString,
    ImmutableArray<EntropySource> Sources,
    long? Seed,
    ImmutableArray<string> Pool,
    ImmutableArray<string> Selected,
    ImmutableArray<LotDrawStep> Steps,
    LegalReference Reference)
{
    /// <summary>
    /// The record as text, for a procès-verbal: what was selected, the mode (the seed, or the key string of the
    /// published sources), the numbered pool, then one line per selection (index, MD5, items remaining, position drawn).
    /// </summary>
    /// <returns>The text, one item per line.</returns>
    public string ToText()
    {
        var text = new StringBuilder()
            .Append("drawing of lots (").Append(Reference.ToString()).Append("): selected ").AppendJoin(", ", Selected).Append('\n')
            .Append(Mode == LotMode.Seeded
                ? string.Create(CultureInfo.InvariantCulture, $"  seeded: {Seed}")
                : "  RFC 3797, sources: " + string.Join("; ", Sources.Select(s => s.Description)))
            .Append('\n')
            .Append("  key string: ").Append(KeyString).Append('\n')
            .Append("  pool: ").AppendJoin(", ", Pool.Select((item, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {item}"))).Append('\n');
        foreach (var step in Steps)
        {
            text.Append(CultureInfo.InvariantCulture, $"  selection {step.Index}: MD5 {step.Md5}, {step.Remaining} remaining, position {step.Position} → {step.Selected}\n");
        }

        return text.ToString();
    }
}
