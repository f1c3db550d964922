using FsCheck.Xunit;
using System.Text.Json;
using Justice.Domain.Core;
using Justice.Domain.Core.Serialization;

namespace Justice.Domain.Core.Tests;

public class LegalReferenceTests
{
    [Fact]
    public void ToString_UsmStatuteParagraph_FormatsAsTheTextCitesIt()
    {
        Assert.Equal("Statuts USM, art. 15, al. 2", LegalReference.UsmStatutes(15, 2).ToString());
    }

    [Fact]
    public void ToString_OrdinanceItem_FormatsAsTheTextCitesIt()
    {
        var reference = LegalReference.Article(LegalText.Ordinance58_1270, "10-1-1", "II, 1°");
        Assert.Equal("Ord. 58-1270, art. 10-1-1, II, 1°", reference.ToString());
    }

    [Fact]
    public void ToString_DecreeArticle_HasNoSubdivision()
    {
        Assert.Equal("Décret 2025-659, art. 14", LegalReference.Article(LegalText.Decree2025_659, "14").ToString());
    }

    [Fact]
    public void ToString_Annex_UsesAnnexe()
    {
        Assert.Equal("Circ. SJ 00-124, annexe I", LegalReference.Annex(LegalText.Circular2000_124, "I").ToString());
    }

    [Fact]
    public void UsmInternalRules_WithoutParagraph_CitesTheArticleOnly()
    {
        Assert.Equal("RI USM, art. 2-3", LegalReference.UsmInternalRules("2-3").ToString());
    }

    [Fact]
    public void UsmInternalRules_FormatsArticleWithDash()
    {
        Assert.Equal("RI USM, art. 2-3, al. 1", LegalReference.UsmInternalRules("2-3", 1).ToString());
    }

    [Fact]
    public void WithParagraph_ReplacesTheSubdivision()
    {
        Assert.Equal("Statuts USM, art. 12, al. 3", LegalReference.UsmStatutes(12, 1).WithParagraph(3).ToString());
    }

    [Fact]
    public void Constructor_BlankNumber_ThrowsNamingTheArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => LegalReference.Article(LegalText.UsmStatutes, " "));
        Assert.Contains("Number", ex.Message, StringComparison.Ordinal);
    }

    [Property]
    public Property Json_AnyReference_RoundTripsLosslessly()
    {
        var texts = Gen.Elements(LegalText.WellKnown.ToArray());
        var numbers = Gen.Elements("1", "15", "10-1-1", "2-3", "I", "35");
        var subdivisions = Gen.Elements<string?>(null, "al. 2", "II, 1°", "I");
        var divisions = Gen.Elements(Enum.GetValues<LegalDivision>());
        var arb = texts.Zip(numbers).Zip(subdivisions.Zip(divisions))
            .Select(t => new LegalReference(t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2))
            .ToArbitrary();
        return Prop.ForAll(arb, reference =>
        {
            var json = JsonSerializer.Serialize(reference, CoreJsonContext.Default.LegalReference);
            var back = JsonSerializer.Deserialize(json, CoreJsonContext.Default.LegalReference);
            return reference == back && reference.ToString() == back!.ToString();
        });
    }

    [Fact]
    public void Json_UsesCamelCaseAndStringEnums()
    {
        var json = JsonSerializer.Serialize(LegalReference.UsmStatutes(15, 2), CoreJsonContext.Default.LegalReference);
        Assert.Contains("\"number\":\"15\"", json, StringComparison.Ordinal);
        Assert.Contains("\"division\":\"Article\"", json, StringComparison.Ordinal);
        Assert.Contains("\"abbreviation\":\"Statuts USM\"", json, StringComparison.Ordinal);
    }
}
