using System.Text;

namespace Justice.Domain.Core;

/// <summary>
/// <i>Référence juridique</i>: the article (or annex) of a text that a rule encodes, with its paragraph
/// or item, formatted as the text itself is cited: "Statuts USM, art. 15, al. 2";
/// "Ord. 58-1270, art. 10-1-1, II, 1°". Every rule outcome of every Justice.Domain package carries one or more.
/// </summary>
/// <param name="Text">The text cited.</param>
/// <param name="Number">The number of the article, annex or section ("15", "10-1-1", "I").</param>
/// <param name="Subdivision">The paragraph or item within it, already in the text's form ("al. 2", "II, 1°"), or null.</param>
/// <param name="Division">Whether <paramref name="Number"/> is an article, an annex or a section.</param>
public sealed record LegalReference(LegalText Text, string Number, string? Subdivision = null, LegalDivision Division = LegalDivision.Article)
{
    /// <summary>The text cited.</summary>
    public LegalText Text { get; init; } = Guard.NotNull(Text);

    /// <summary>The number of the article, annex or section.</summary>
    public string Number { get; init; } = Guard.NotBlank(Number);

    /// <summary>The paragraph or item, or null.</summary>
    public string? Subdivision { get; init; } = string.IsNullOrWhiteSpace(Subdivision) ? null : Subdivision;

    /// <summary>Whether <see cref="Number"/> is an article, an annex or a section.</summary>
    public LegalDivision Division { get; init; } = Guard.Defined(Division);

    /// <summary>Cites an article: <c>LegalReference.Article(LegalText.UsmStatutes, "15", "al. 2")</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="number">The article's number.</param>
    /// <param name="subdivision">The paragraph or item, or null.</param>
    /// <returns>The reference.</returns>
    public static LegalReference Article(LegalText text, string number, string? subdivision = null) => new(text, number, subdivision);

    /// <summary>Cites an annex: <c>LegalReference.Annex(LegalText.Circular2000_124, "I")</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="number">The annex's number.</param>
    /// <param name="subdivision">The part within it, or null.</param>
    /// <returns>The reference.</returns>
    public static LegalReference Annex(LegalText text, string number, string? subdivision = null) => new(text, number, subdivision, LegalDivision.Annex);

    /// <summary>Cites an article of the USM statutes: <c>LegalReference.UsmStatutes(15, 2)</c> is "Statuts USM, art. 15, al. 2".</summary>
    /// <param name="article">The article.</param>
    /// <param name="paragraph">The paragraph (<i>alinéa</i>), or null.</param>
    /// <returns>The reference.</returns>
    public static LegalReference UsmStatutes(int article, int? paragraph = null) =>
        new(LegalText.UsmStatutes, article.ToString(System.Globalization.CultureInfo.InvariantCulture), Paragraph(paragraph));

    /// <summary>Cites an article of the USM internal rules: <c>LegalReference.UsmInternalRules("2-3")</c>.</summary>
    /// <param name="article">The article ("1-1" to "5-4").</param>
    /// <param name="paragraph">The paragraph (<i>alinéa</i>), or null.</param>
    /// <returns>The reference.</returns>
    public static LegalReference UsmInternalRules(string article, int? paragraph = null) =>
        new(LegalText.UsmInternalRules, article, Paragraph(paragraph));

    /// <summary>Returns a copy pointing at the given paragraph (<i>alinéa</i>) of the same unit.</summary>
    /// <param name="paragraph">The paragraph, 1 or more.</param>
    /// <returns>The reference "…, al. <paramref name="paragraph"/>".</returns>
    public LegalReference WithParagraph(int paragraph) => this with { Subdivision = Paragraph(Guard.Positive(paragraph)) };

    /// <summary>Formats the citation as the text does, for example "Ord. 58-1270, art. 10-1-1, II, 1°".</summary>
    /// <returns>The citation.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder(Text.Abbreviation).Append(", ");
        builder.Append(Division switch
        {
            LegalDivision.Annex => "annexe ",
            LegalDivision.Section => "§ ",
            _ => "art. ",
        });
        builder.Append(Number);
        if (Subdivision is not null)
        {
            builder.Append(", ").Append(Subdivision);
        }

        return builder.ToString();
    }

    private static string? Paragraph(int? paragraph) =>
        paragraph is { } p ? "al. " + p.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
}
