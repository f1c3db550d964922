using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Validation;

namespace Justice.Domain.Allocation.Tests.Ranking;

/// <summary>Random allocation problems with many ties: few distinct values, small headcounts across bracket bounds, caps and eligibility.</summary>
public static class AllocationGenerators
{
    public sealed record Spec(
        int Posts,
        TieConvention Convention,
        (int Weight, bool PerMagistrate, bool Descending)[] Criteria,
        (int NonSpecialized, int Specialized, int[][] Values, int Growth, int Previous, int? Cap, bool Eligible)[] Courts)
    {
        public AllocationRequest ToRequest()
        {
            var criteria = Criteria.Select((c, k) => new Criterion("k" + k)
            {
                Weight = c.Weight,
                PerMagistrate = c.PerMagistrate,
                Direction = c.Descending ? RankDirection.Descending : RankDirection.Ascending,
            }).ToArray();
            var courts = Courts.Select((c, i) => new Court(
                "C" + ((i * 7) % Courts.Length).ToString("000", System.Globalization.CultureInfo.InvariantCulture) + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "Court " + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                criteria.Select((cr, k) => (cr.Id, Values: (IReadOnlyList<decimal>)c.Values[k].Select(v => (decimal)v).ToArray()))
                    .ToDictionary(p => p.Id, p => p.Values),
                c.NonSpecialized,
                c.Specialized)
            {
                PopulationGrowth = c.Growth / 100m,
                PreviousPosts = c.Previous,
                MaxPosts = c.Cap,
                Eligible = c.Eligible,
            }).ToArray();
            return new AllocationRequest(Posts, criteria, courts) { TieConvention = Convention };
        }

        public AllocationProblem ToProblem() => AllocationRequestValidator.Validate(ToRequest()).GetProblemOrThrow();

        public override string ToString() =>
            System.Text.Json.JsonSerializer.Serialize(new { Posts, Convention, Criteria = Criteria.Select(c => new[] { c.Weight, c.PerMagistrate ? 1 : 0, c.Descending ? 1 : 0 }), Courts = Courts.Select(c => new { c.NonSpecialized, c.Specialized, c.Values, c.Growth, c.Previous, c.Cap, c.Eligible }) });
    }

    public static Gen<Spec> Specs(int maxCourts = 12, int maxPosts = 25) =>
        from courtCount in Gen.Choose(1, maxCourts)
        from criterionCount in Gen.Choose(1, 4)
        from years in Gen.Choose(1, 4)
        from posts in Gen.Choose(0, maxPosts)
        from fractional in Gen.Elements(false, true)
        from criteria in CriterionGen().ArrayOf(criterionCount)
        from courts in CourtGen(criterionCount, years).ArrayOf(courtCount)
        select new Spec(posts, fractional ? TieConvention.Fractional : TieConvention.Competition, criteria, courts);

    private static Gen<(int, bool, bool)> CriterionGen() =>
        from weight in Gen.Choose(0, 3)
        from perMagistrate in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from isDescending in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        select (weight, perMagistrate, isDescending);

    private static Gen<(int, int, int[][], int, int, int?, bool)> CourtGen(int criteria, int years) =>
        from nonSpecialized in Gen.Choose(1, 8)
        from specialized in Gen.Elements(0, 1, 3, 4, 8, 12, 25, 40)
        from values in Gen.Elements(0, 10, 20, 30, 60).ArrayOf(years).ArrayOf(criteria)
        from growth in Gen.Choose(-1, 1)
        from previous in Gen.Choose(0, 1)
        from cap in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 3).Select(c => (int?)c)))
        from eligible in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
        select (nonSpecialized, specialized, values, growth, previous, cap, eligible);
}
