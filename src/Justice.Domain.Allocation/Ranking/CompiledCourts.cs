using Justice.Domain.Allocation.Model;

namespace Justice.Domain.Allocation.Ranking;

/// <summary>
/// The validated figures as flat arrays of exact integers, shared by both allocators. Per criterion c and court i:
/// <see cref="Sums"/>[c][i] is the sum of the yearly values times 10^<see cref="Decimals"/>[c], and
/// <see cref="Counts"/>[c][i] the number of years. Corrected headcounts are kept in hundredths of a magistrate
/// (100 × non-specialised + percent × specialised), so that a load is the exact ratio
/// <see cref="ExactLoad"/> of two integers.
/// </summary>
internal sealed class CompiledCourts
{
    public required int CourtCount { get; init; }

    public required int CriterionCount { get; init; }

    public required string[] Ids { get; init; }

    public required string[] CriterionIds { get; init; }

    public required Int128[][] Sums { get; init; }

    public required int[][] Counts { get; init; }

    /// <summary>The numerator of each load: 100 × <see cref="Sums"/> for per-magistrate criteria (headcounts are in hundredths), <see cref="Sums"/> otherwise.</summary>
    public required Int128[][] Numerators { get; init; }

    /// <summary><see cref="Numerators"/> as doubles, for the approximate pre-check.</summary>
    public required double[][] ApproximateNumerators { get; init; }

    public required int[] Decimals { get; init; }

    /// <summary>10^<see cref="Decimals"/> as a double, per criterion: what a load is divided by for display.</summary>
    public required double[] DisplayDivisors { get; init; }

    public required bool[] PerMagistrate { get; init; }

    public required bool[] Descending { get; init; }

    /// <summary>Each criterion's weight times <see cref="WeightScale"/>.</summary>
    public required long[] ScaledWeights { get; init; }

    /// <summary>10^(the most decimal places of any weight).</summary>
    public required long WeightScale { get; init; }

    public required int[] NonSpecialized { get; init; }

    public required int[] Specialized { get; init; }

    public required bool[] Eligible { get; init; }

    /// <summary>The cap, <see cref="int.MaxValue"/> for none.</summary>
    public required int[] Caps { get; init; }

    public required decimal[] PopulationGrowth { get; init; }

    public required int[] PreviousPosts { get; init; }

    /// <summary>The percentage of specialised magistrates counted, for every siège size below <see cref="PercentBySize"/>'s length.</summary>
    public required int[] PercentBySize { get; init; }

    /// <summary>The percentage for sizes beyond <see cref="PercentBySize"/>.</summary>
    public required int PercentAbove { get; init; }

    /// <summary>Whether the percentage is read once from the initial siège size (<see cref="SpecializedShareBasis.InitialSize"/>) instead of the size before each post.</summary>
    public required bool PercentFromInitialSize { get; init; }

    public required TieConvention TieConvention { get; init; }

    /// <summary>Each court's place in the tie-breaks of the general order: population growth descending, previous-year posts ascending, id ordinal.</summary>
    public required int[] TieRanks { get; init; }

    /// <summary>The court indices sorted by id (ordinal), the order of the result's totals.</summary>
    public required int[] OrdinalIdOrder { get; init; }

    /// <summary>Each court's input index by id (ordinal).</summary>
    public required IReadOnlyDictionary<string, int> IndexOfId { get; init; }

    /// <summary>A copy that shares everything but the load numerators, which it owns (zeroed): the sensitivity study writes each run's perturbed figures into them.</summary>
    public CompiledCourts WithOwnNumerators() => new()
    {
        CourtCount = CourtCount,
        CriterionCount = CriterionCount,
        Ids = Ids,
        CriterionIds = CriterionIds,
        Sums = Sums,
        Counts = Counts,
        Numerators = Numerators.Select(row => new Int128[row.Length]).ToArray(),
        ApproximateNumerators = ApproximateNumerators.Select(row => new double[row.Length]).ToArray(),
        Decimals = Decimals,
        DisplayDivisors = DisplayDivisors,
        PerMagistrate = PerMagistrate,
        Descending = Descending,
        ScaledWeights = ScaledWeights,
        WeightScale = WeightScale,
        NonSpecialized = NonSpecialized,
        Specialized = Specialized,
        Eligible = Eligible,
        Caps = Caps,
        PopulationGrowth = PopulationGrowth,
        PreviousPosts = PreviousPosts,
        PercentBySize = PercentBySize,
        PercentAbove = PercentAbove,
        PercentFromInitialSize = PercentFromInitialSize,
        TieConvention = TieConvention,
        TieRanks = TieRanks,
        OrdinalIdOrder = OrdinalIdOrder,
        IndexOfId = IndexOfId,
    };

    public int Percent(int size) => size < PercentBySize.Length ? PercentBySize[size] : PercentAbove;

    /// <summary>
    /// The corrected headcount in hundredths: 100 × (non-specialised + posts) + percent(size) × specialised, the size
    /// being the siège with the posts (<see cref="SpecializedShareBasis.SizeBeforeEachPost"/>) or without them
    /// (<see cref="SpecializedShareBasis.InitialSize"/>).
    /// </summary>
    public long CorrectedHundredths(int court, int allocated)
    {
        var nonSpecialized = NonSpecialized[court] + allocated;
        var specialized = Specialized[court];
        var size = PercentFromInitialSize ? NonSpecialized[court] + specialized : nonSpecialized + specialized;
        return (100L * nonSpecialized) + ((long)Percent(size) * specialized);
    }

    /// <summary>The load of <paramref name="court"/> on <paramref name="criterion"/> for a corrected headcount in hundredths.</summary>
    public ExactLoad Load(int criterion, int court, long correctedHundredths)
    {
        long denominator = Counts[criterion][court];
        if (PerMagistrate[criterion])
        {
            denominator *= correctedHundredths;
        }

        return new ExactLoad(Numerators[criterion][court], denominator, ApproximateNumerators[criterion][court]);
    }

    /// <summary>The load as a double, for display: the exact ratio divided by 10^decimals.</summary>
    public double DisplayLoad(int criterion, ExactLoad load) => load.ToDouble() / DisplayDivisors[criterion];

    /// <summary>The load's approximation (<see cref="ExactLoad.Approximate"/>) for display: divided by 10^decimals.</summary>
    public double DisplayLoad(int criterion, double approximateLoad) => approximateLoad / DisplayDivisors[criterion];
}
