using FsCheck.Xunit;
using System.Text.Json;
using Justice.Domain.Core;
using Justice.Domain.Core.Serialization;
using NodaTime;

namespace Justice.Domain.Core.Tests;

[Trait("Article", "LO 2023-1058, art. 3")]
public class GradeTests
{
    [Theory]
    [InlineData("FormerSecondGrade", "FirstGrade")]
    [InlineData("FormerFirstGrade", "SecondGrade")]
    [InlineData("FormerHorsHierarchie", "ThirdGrade")]
    [InlineData("FirstGrade", "FirstGrade")]
    [InlineData("ThirdGrade", "ThirdGrade")]
    public void Reclassified_FollowsTheReform(string before, string after)
    {
        Assert.Equal(Grade.Parse(after), Grade.Parse(before).Reclassified);
    }

    [Fact]
    public void Reclassified_HorsHierarchie_IsTroisiemeGrade()
    {
        Assert.Equal("troisième grade", Grade.FormerHorsHierarchie.Reclassified.FrenchName);
        Assert.Equal("premier grade", Grade.FormerSecondGrade.Reclassified.FrenchName);
        Assert.Equal("deuxième grade", Grade.FormerFirstGrade.Reclassified.FrenchName);
    }

    [Property]
    public Property Reclassified_PreservesOrder()
    {
        var former = Grade.All.Where(g => g.IsFormer).ToArray();
        return Prop.ForAll(Gen.Elements(former).Zip(Gen.Elements(former)).ToArbitrary(), pair =>
            Math.Sign(pair.Item1.CompareTo(pair.Item2)) == Math.Sign(pair.Item1.Reclassified.CompareTo(pair.Item2.Reclassified)))
            ;
    }

    [Fact]
    public void EffectiveDate_Is31December2025()
    {
        Assert.Equal(new LocalDate(2025, 12, 31), GradeReform.EffectiveDate);
    }

    [Fact]
    public void EntryGrade_DayBeforeAndOnTheReform()
    {
        Assert.Equal(Grade.FormerSecondGrade, GradeReform.EntryGrade.At(new LocalDate(2025, 12, 30)));
        Assert.Equal(Grade.FirstGrade, GradeReform.EntryGrade.At(new LocalDate(2025, 12, 31)));
    }

    [Fact]
    public void AsOf_FormerGradeAfterReform_IsReclassified()
    {
        Assert.Equal(Grade.SecondGrade, GradeReform.AsOf(Grade.FormerFirstGrade, new LocalDate(2026, 1, 1)));
        Assert.Equal(Grade.FormerFirstGrade, GradeReform.AsOf(Grade.FormerFirstGrade, new LocalDate(2025, 12, 30)));
    }

    [Fact]
    public void AsOf_NewGradeBeforeReform_ThrowsNamingTheGradeAndDate()
    {
        var ex = Assert.Throws<ArgumentException>(() => GradeReform.AsOf(Grade.ThirdGrade, new LocalDate(2024, 6, 1)));
        Assert.Contains("ThirdGrade", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2024-06-01", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("premier", GradeHierarchy.ThreeGrades, "FirstGrade")]
    [InlineData("premier", GradeHierarchy.BeforeReform, "FormerFirstGrade")]
    [InlineData("Troisième grade", GradeHierarchy.ThreeGrades, "ThirdGrade")]
    [InlineData("hors hiérarchie", GradeHierarchy.ThreeGrades, "FormerHorsHierarchie")]
    [InlineData("second", GradeHierarchy.ThreeGrades, "FormerSecondGrade")]
    [InlineData("deuxieme", GradeHierarchy.ThreeGrades, "SecondGrade")]
    public void Parse_FrenchNames(string text, GradeHierarchy hierarchy, string code)
    {
        Assert.Equal(code, Grade.Parse(text, hierarchy).Code);
    }

    [Fact]
    public void Parse_Unknown_ThrowsListingTheValidGrades()
    {
        var ex = Assert.Throws<ArgumentException>(() => Grade.Parse("quatrième"));
        Assert.Contains("quatrième", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ThirdGrade", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTo_AcrossHierarchies_Throws()
    {
        Assert.Throws<ArgumentException>(() => Grade.FirstGrade.CompareTo(Grade.FormerFirstGrade));
    }

    [Property]
    public Property Json_EveryGrade_RoundTrips()
    {
        return Prop.ForAll(Gen.Elements(Grade.All.ToArray()).ToArbitrary(), grade =>
        {
            var json = JsonSerializer.Serialize(grade, CoreJsonContext.Default.Grade);
            return json == "\"" + grade.Code + "\"" && JsonSerializer.Deserialize(json, CoreJsonContext.Default.Grade) == grade;
        });
    }

    [Fact]
    public void Json_UnknownGrade_ThrowsQuotingTheValue()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"FourthGrade\"", CoreJsonContext.Default.Grade));
        Assert.Contains("FourthGrade", ex.Message, StringComparison.Ordinal);
    }
}
