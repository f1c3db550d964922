namespace Justice.Domain.Identity.Synthetic;

/// <summary>The origin of a synthetic person's names: which surname and first-name pools they come from.</summary>
internal enum NameOrigin
{
    /// <summary>French names (head of common surnames and the generated long tail).</summary>
    French,

    /// <summary>Algerian, Moroccan, Tunisian names (Arabic and Berber, French transcription).</summary>
    Maghrebi,

    /// <summary>Senegalese, Malian, Ivorian names.</summary>
    WestAfrican,

    /// <summary>Portuguese names.</summary>
    Portuguese,

    /// <summary>Turkish names.</summary>
    Turkish,

    /// <summary>Vietnamese names.</summary>
    Vietnamese,

    /// <summary>Italian names.</summary>
    Italian,

    /// <summary>Spanish names.</summary>
    Spanish,

    /// <summary>Polish names.</summary>
    Polish,
}
