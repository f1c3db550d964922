using System.Collections.Immutable;
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
    LegalReference Reference);
