namespace Justice.Domain.Deliberation.Lots;

/// <summary><i>Mode de tirage au sort</i>: where the randomness of a drawing of lots comes from.</summary>
public enum LotMode
{
    /// <summary>Published entropy sources, canonicalised and hashed as RFC 3797, § 4 prescribes: anyone can replay it.</summary>
    Rfc3797 = 0,

    /// <summary>A seed (tests, simulations): the same RFC 3797 procedure with the key string "&lt;seed&gt;./".</summary>
    Seeded = 1,
}
