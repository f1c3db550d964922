namespace Justice.Domain.Core;

/// <summary>
/// <i>Division du texte</i>: the kind of unit a <see cref="LegalReference"/> points to, which decides
/// the word that precedes its number in a citation.
/// </summary>
public enum LegalDivision
{
    /// <summary><i>Article</i>: cited as "art. 15".</summary>
    Article = 0,

    /// <summary><i>Annexe</i>: cited as "annexe I".</summary>
    Annex = 1,

    /// <summary><i>Section</i> or chapter: cited as "§ 4".</summary>
    Section = 2,
}
