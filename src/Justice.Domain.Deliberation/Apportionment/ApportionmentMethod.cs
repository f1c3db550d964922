namespace Justice.Domain.Deliberation.Apportionment;

/// <summary><i>Mode de répartition des sièges</i>: how seats are shared among lists in proportion to their votes.</summary>
public enum ApportionmentMethod
{
    /// <summary>
    /// <i>Quotient électoral puis plus fort reste</i> with the Hare quota (votes ÷ seats): each list gets the whole
    /// number of quotas it holds, the remaining seats go to the largest remainders (Hamilton). This is the CAV rule
    /// of Décret 2025-659, art. 14.
    /// </summary>
    LargestRemainderHare = 0,

    /// <summary>Largest remainder with the Droop quota ⌊votes ÷ (seats + 1)⌋ + 1.</summary>
    LargestRemainderDroop = 1,

    /// <summary><i>Plus forte moyenne</i>, D'Hondt (Jefferson): divisors 1, 2, 3…</summary>
    DHondt = 2,

    /// <summary>Sainte-Laguë (Webster): divisors 1, 3, 5…</summary>
    SainteLague = 3,

    /// <summary>Huntington–Hill: divisor √(s(s+1)) for a list holding s seats (a list without a seat comes first).</summary>
    HuntingtonHill = 4,

    /// <summary>
    /// <i>Quotient électoral puis plus forte moyenne</i>: the Hare-quota seats first, then the remaining seats by
    /// highest average (votes ÷ (seats held + 1)). It always gives the same seats as <see cref="DHondt"/>.
    /// </summary>
    QuotaThenHighestAverage = 5,
}
