using System.Collections.Frozen;
using System.Globalization;
using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Core;

namespace Justice.Domain.Allocation.Validation;

/// <summary>
/// <i>Contrôle des données de la localisation</i>: checks an <see cref="AllocationRequest"/> and turns it into an
/// <see cref="AllocationProblem"/>, or lists every error naming the item and the field: missing or empty statistics,
/// a criterion missing for some court, a zero corrected headcount, negative values, duplicate court ids, brackets that
/// cover no size. The bounds keep the exact integer arithmetic far from overflow. O(courts × criteria × years).
/// </summary>
public static class AllocationRequestValidator
{
    /// <summary>The most posts one allocation may ask for.</summary>
    public const int MaxPosts = 10_000_000;

    /// <summary>The largest headcount (non-specialised or specialised) of one court.</summary>
    public const int MaxHeadcount = 1_000_000;

    /// <summary>The largest yearly value of a statistic.</summary>
    public const decimal MaxValue = 1_000_000_000_000m;

    /// <summary>The most decimal places of a value or a weight.</summary>
    public const int MaxDecimals = 6;

    /// <summary>The most years averaged for one criterion.</summary>
    public const int MaxYears = 64;

    /// <summary>The largest weight of a criterion.</summary>
    public const decimal MaxWeight = 1_000m;

    /// <summary>The largest finite bound of a specialised-share bracket.</summary>
    public const int MaxBracketBound = 1_000_000;

    /// <summary>Checks <paramref name="request"/>. O(courts × criteria × years + courts log courts).</summary>
    /// <param name="request">The request.</param>
    /// <returns>The validated problem or every error.</returns>
    public static AllocationValidation Validate(AllocationRequest request)
    {
        Guard.NotNull(request);
        var errors = new List<AllocationInputError>();
        const string Whole = "request";
        if (request.Posts < 0 || request.Posts > MaxPosts)
        {
            errors.Add(new(Whole, "posts", Invariant($"must be between 0 and {MaxPosts} (was {request.Posts})")));
        }

        if (!Enum.IsDefined(request.TieConvention))
        {
            errors.Add(new(Whole, "tieConvention", Invariant($"must be competition or fractional (was {(int)request.TieConvention})")));
        }

        if (!Enum.IsDefined(request.PopulationGrowthCondition))
        {
            errors.Add(new(Whole, "populationGrowthCondition", Invariant($"must be tieBreakOnly or positiveGrowthRequired (was {(int)request.PopulationGrowthCondition})")));
        }

        if (!Enum.IsDefined(request.SpecializedShareBasis))
        {
            errors.Add(new(Whole, "specializedShareBasis", Invariant($"must be sizeBeforeEachPost or initialSize (was {(int)request.SpecializedShareBasis})")));
        }

        var criteria = request.Criteria ?? [];
        if (criteria.Count == 0)
        {
            errors.Add(new(Whole, "criteria", "at least one criterion is required"));
        }

        var criterionIds = new HashSet<string>(StringComparer.Ordinal);
        var weightDecimals = 0;
        for (var c = 0; c < criteria.Count; c++)
        {
            var criterion = criteria[c];
            var item = criterion is null || string.IsNullOrWhiteSpace(criterion.Id) ? Invariant($"criterion #{c + 1}") : "criterion '" + criterion.Id + "'";
            if (criterion is null || string.IsNullOrWhiteSpace(criterion.Id))
            {
                errors.Add(new(item, "id", "must be a non-empty identifier"));
                continue;
            }

            if (!criterionIds.Add(criterion.Id))
            {
                errors.Add(new(item, "id", "is used by another criterion (ids must be unique)"));
            }

            var places = DecimalPlaces(criterion.Weight);
            if (criterion.Weight < 0 || criterion.Weight > MaxWeight || places < 0)
            {
                errors.Add(new(item, "weight", Invariant($"must be between 0 and {MaxWeight} with at most {MaxDecimals} decimal places (was {criterion.Weight})")));
            }
            else
            {
                weightDecimals = Math.Max(weightDecimals, places);
            }

            if (!Enum.IsDefined(criterion.Direction))
            {
                errors.Add(new(item, "direction", "must be descending or ascending"));
            }
        }

        var table = request.SpecializedShare;
        var errorsBeforeTable = errors.Count;
        ValidateTable(table, errors);
        var usableTable = errors.Count == errorsBeforeTable ? table : null;

        var courts = request.Courts ?? [];
        if (courts.Count == 0)
        {
            errors.Add(new(Whole, "courts", "at least one court is required"));
        }

        var courtIds = new HashSet<string>(StringComparer.Ordinal);
        var anyPerMagistrate = criteria.Any(c => c is not null && c.PerMagistrate);
        for (var i = 0; i < courts.Count; i++)
        {
            ValidateCourt(courts[i], i, criteria, courtIds, anyPerMagistrate, usableTable, errors);
        }

        if (errors.Count > 0)
        {
            return AllocationValidation.Invalid(errors);
        }

        return AllocationValidation.Valid(new AllocationProblem(request, request.Posts, Compile(request, weightDecimals)));
    }

    internal static int DecimalPlaces(decimal value)
    {
        var scaled = value;
        for (var places = 0; places <= MaxDecimals; places++)
        {
            if (decimal.Truncate(scaled) == scaled)
            {
                return places;
            }

            if (Math.Abs(scaled) > 1e20m)
            {
                return -1;
            }

            scaled *= 10m;
        }

        return -1;
    }

    private static void ValidateTable(SpecializedShareTable? table, List<AllocationInputError> errors)
    {
        const string Item = "specializedShare";
        if (table?.Brackets is not { Count: > 0 } brackets)
        {
            errors.Add(new(Item, "brackets", "at least one bracket is required, the last with maxSeatCount null"));
            return;
        }

        var previous = -1;
        for (var b = 0; b < brackets.Count; b++)
        {
            var bracket = brackets[b];
            var field = Invariant($"[{b}]");
            if (bracket.Percent < 0 || bracket.Percent > 100)
            {
                errors.Add(new(Item, field + ".percent", Invariant($"must be between 0 and 100 (was {bracket.Percent})")));
            }

            if (bracket.MaxSeatCount is { } max)
            {
                if (max < 0 || max > MaxBracketBound)
                {
                    errors.Add(new(Item, field + ".maxSeatCount", Invariant($"must be null or between 0 and {MaxBracketBound} (was {max})")));
                }
                else if (max <= previous)
                {
                    errors.Add(new(Item, field + ".maxSeatCount", Invariant($"covers no size: {max} is not above the previous bracket's {previous}, which is read first")));
                }

                previous = Math.Max(previous, max);
                if (b == brackets.Count - 1)
                {
                    errors.Add(new(Item, field + ".maxSeatCount", Invariant($"the table covers no size above {max}: the last bracket must have maxSeatCount null")));
                }
            }
            else if (b < brackets.Count - 1)
            {
                errors.Add(new(Item, Invariant($"[{b + 1}]"), "covers no size: the bracket before it has maxSeatCount null and already covers every larger size"));
                break;
            }
        }
    }

    private static void ValidateCourt(
        Court? court, int index, IReadOnlyList<Criterion?> criteria, HashSet<string> ids, bool anyPerMagistrate, SpecializedShareTable? table, List<AllocationInputError> errors)
    {
        if (court is null || string.IsNullOrWhiteSpace(court.Id))
        {
            errors.Add(new(Invariant($"court #{index + 1}"), "id", "must be a non-empty identifier"));
            return;
        }

        var item = "court '" + court.Id + "'";
        if (!ids.Add(court.Id))
        {
            errors.Add(new(item, "id", Invariant($"duplicate court id (court #{index + 1} repeats an earlier one)")));
        }

        if (court.NonSpecialized < 0 || court.NonSpecialized > MaxHeadcount)
        {
            errors.Add(new(item, "nonSpecialized", Invariant($"must be between 0 and {MaxHeadcount} (was {court.NonSpecialized})")));
        }

        if (court.Specialized < 0 || court.Specialized > MaxHeadcount)
        {
            errors.Add(new(item, "specialized", Invariant($"must be between 0 and {MaxHeadcount} (was {court.Specialized})")));
        }

        if (court.ParquetMagistrates < 0 || court.ParquetMagistrates > MaxHeadcount)
        {
            errors.Add(new(item, "parquetMagistrates", Invariant($"must be between 0 and {MaxHeadcount} (was {court.ParquetMagistrates})")));
        }

        if (court.PreviousPosts < 0)
        {
            errors.Add(new(item, "previousPosts", Invariant($"must be 0 or more (was {court.PreviousPosts})")));
        }

        if (court.MaxPosts is < 0)
        {
            errors.Add(new(item, "maxPosts", Invariant($"must be null (no cap) or 0 or more (was {court.MaxPosts})")));
        }

        if (!Enum.IsDefined(court.Kind))
        {
            errors.Add(new(item, "kind", Invariant($"is not a known kind of court (was {(int)court.Kind})")));
        }

        if (anyPerMagistrate && table is not null && court.NonSpecialized == 0 && court.Specialized is >= 0 and <= MaxHeadcount)
        {
            var percent = table.PercentFor(court.Specialized);
            if (percent * court.Specialized == 0)
            {
                errors.Add(new(item, "nonSpecialized", Invariant($"the corrected headcount is zero (0 non-specialised + {percent} % of {court.Specialized} specialised): a per-magistrate load cannot be computed")));
            }
        }

        if (court.Values is null || court.Values.Count == 0)
        {
            errors.Add(new(item, "values", "statistics are missing: one list of yearly values per criterion is required"));
            return;
        }

        foreach (var criterion in criteria)
        {
            if (criterion is null || string.IsNullOrWhiteSpace(criterion.Id))
            {
                continue;
            }

            var field = "values." + criterion.Id;
            if (!court.Values.TryGetValue(criterion.Id, out var years) || years is null)
            {
                errors.Add(new(item, field, "is missing: every court needs every criterion"));
                continue;
            }

            if (years.Count == 0)
            {
                errors.Add(new(item, field, "is empty: at least one yearly value is required"));
                continue;
            }

            if (years.Count > MaxYears)
            {
                errors.Add(new(item, field, Invariant($"has {years.Count} values; at most {MaxYears} years are averaged")));
            }

            for (var y = 0; y < years.Count; y++)
            {
                var value = years[y];
                if (value < 0 || value > MaxValue || DecimalPlaces(value) < 0)
                {
                    errors.Add(new(item, Invariant($"{field}[{y}]"), Invariant($"must be between 0 and {MaxValue} with at most {MaxDecimals} decimal places (was {value})")));
                }
            }
        }
    }

    private static CompiledCourts Compile(AllocationRequest request, int weightDecimals)
    {
        var courts = request.Courts;
        var criteria = request.Criteria;
        var n = courts.Count;
        var m = criteria.Count;
        var sums = new Int128[m][];
        var counts = new int[m][];
        var decimals = new int[m];
        for (var c = 0; c < m; c++)
        {
            var id = criteria[c].Id;
            var places = 0;
            foreach (var court in courts)
            {
                foreach (var value in court.Values[id])
                {
                    places = Math.Max(places, DecimalPlaces(value));
                }
            }

            decimals[c] = places;
            var factor = Pow10(places);
            sums[c] = new Int128[n];
            counts[c] = new int[n];
            for (var i = 0; i < n; i++)
            {
                var years = courts[i].Values[id];
                Int128 sum = 0;
                foreach (var value in years)
                {
                    sum += (long)(value * factor);
                }

                sums[c][i] = sum;
                counts[c][i] = years.Count;
            }
        }

        var numerators = new Int128[m][];
        for (var c = 0; c < m; c++)
        {
            var factor = criteria[c].PerMagistrate ? 100 : 1;
            numerators[c] = sums[c].Select(sum => sum * factor).ToArray();
        }

        var weightScale = Pow10(weightDecimals);
        var brackets = request.SpecializedShare.Brackets;
        var lastBound = brackets.Where(b => b.MaxSeatCount is not null).Select(b => b.MaxSeatCount!.Value).DefaultIfEmpty(-1).Max();
        var percentBySize = new int[lastBound + 1];
        for (var size = 0; size < percentBySize.Length; size++)
        {
            percentBySize[size] = request.SpecializedShare.PercentFor(size);
        }

        return new CompiledCourts
        {
            CourtCount = n,
            CriterionCount = m,
            Ids = courts.Select(c => c.Id).ToArray(),
            CriterionIds = criteria.Select(c => c.Id).ToArray(),
            Sums = sums,
            Counts = counts,
            Numerators = numerators,
            ApproximateNumerators = numerators.Select(row => row.Select(v => (double)v).ToArray()).ToArray(),
            Decimals = decimals,
            DisplayDivisors = decimals.Select(d => (double)Pow10(d)).ToArray(),
            PerMagistrate = criteria.Select(c => c.PerMagistrate).ToArray(),
            Descending = criteria.Select(c => c.Direction == RankDirection.Descending).ToArray(),
            ScaledWeights = criteria.Select(c => (long)(c.Weight * weightScale)).ToArray(),
            WeightScale = weightScale,
            NonSpecialized = courts.Select(c => c.NonSpecialized).ToArray(),
            Specialized = courts.Select(c => c.Specialized).ToArray(),
            Eligible = courts.Select(c => c.Eligible && (request.PopulationGrowthCondition != PopulationGrowthCondition.PositiveGrowthRequired || c.PopulationGrowth > 0)).ToArray(),
            Caps = courts.Select(c => c.MaxPosts ?? int.MaxValue).ToArray(),
            PopulationGrowth = courts.Select(c => c.PopulationGrowth).ToArray(),
            PreviousPosts = courts.Select(c => c.PreviousPosts).ToArray(),
            PercentBySize = percentBySize,
            PercentAbove = brackets[^1].Percent,
            PercentFromInitialSize = request.SpecializedShareBasis == SpecializedShareBasis.InitialSize,
            TieConvention = request.TieConvention,
            OrdinalIdOrder = Enumerable.Range(0, n).OrderBy(i => courts[i].Id, StringComparer.Ordinal).ToArray(),
            IndexOfId = Enumerable.Range(0, n).ToFrozenDictionary(i => courts[i].Id, i => i, StringComparer.Ordinal),
            TieRanks = TieRanks(courts),
        };
    }

    private static int[] TieRanks(IReadOnlyList<Court> courts)
    {
        var ranks = new int[courts.Count];
        var position = 0;
        foreach (var i in Enumerable.Range(0, courts.Count)
            .OrderByDescending(i => courts[i].PopulationGrowth)
            .ThenBy(i => courts[i].PreviousPosts)
            .ThenBy(i => courts[i].Id, StringComparer.Ordinal))
        {
            ranks[i] = position++;
        }

        return ranks;
    }

    private static long Pow10(int places)
    {
        var result = 1L;
        for (var i = 0; i < places; i++)
        {
            result *= 10;
        }

        return result;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
