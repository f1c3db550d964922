using FsCheck.Xunit;
using System.Text.Json;
using Justice.Domain.Cav.Composition;
using Justice.Domain.Cav.Grades;
using Justice.Domain.Cav.Serialization;
using Justice.Domain.Cav.Tests.Validation;
using Justice.Domain.Cav.Validation;
using Justice.Domain.Core;
using NodaTime;
using Xunit;

namespace Justice.Domain.Cav.Tests.Serialization;

public class CavJsonContextTests
{
    [Property]
    public Property PromotionEligibility_RoundTrip_IsLossless()
    {
        var gen = Gen.Choose(0, 6000).Zip(Gen.Choose(0, 3000)).Zip(Gen.Choose(0, 4000));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var ((installed, echelon), at) = t;
            var start = new LocalDate(2012, 1, 1);
            var original = PromotionRules.SecondGrade(Grade.FirstGrade, start.PlusDays(installed), start.PlusDays(echelon), start.PlusDays(at));
            var json = JsonSerializer.Serialize(original, CavJsonContext.Default.PromotionEligibility);
            var back = JsonSerializer.Deserialize(json, CavJsonContext.Default.PromotionEligibility)!;
            return back.Eligible == original.Eligible && back.EligibleFrom == original.EligibleFrom && back.At == original.At
                && back.Conditions.SequenceEqual(original.Conditions) && back.Target == original.Target;
        });
    }

    [Fact]
    public void CompositionReport_RoundTrip_KeepsIssuesAndReferences()
    {
        var members = CompositionFixtures.WithAlternates(CompositionFixtures.Reformed()).Skip(1).ToList();
        var report = CompositionValidator.Validate(CompositionFixtures.Timeline, new LocalDate(2026, 6, 1), members);
        var json = JsonSerializer.Serialize(report, CavJsonContext.Default.CompositionReport);
        var back = JsonSerializer.Deserialize(json, CavJsonContext.Default.CompositionReport)!;
        Assert.Equal(report.Issues.ToArray(), back.Issues.ToArray());
        Assert.Equal(report.Regime, back.Regime);
        Assert.Contains("\"regime\":\"Reformed\"", json, StringComparison.Ordinal);
        Assert.Contains("\"date\":\"2026-06-01\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void CompositionRules_Serialize_WithSeatsAndFormations()
    {
        var json = JsonSerializer.Serialize(CavRegimes.Reformed, CavJsonContext.Default.CavCompositionRules);
        Assert.Contains("\"code\":\"II-4-siege\"", json, StringComparison.Ordinal);
        Assert.Contains("\"titularMembers\":13", json, StringComparison.Ordinal);
    }
}
