using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;

namespace Justice.Domain.Identity.Scoring;

/// <summary>
/// <i>Moteur d'appariement</i>: scores pairs of prepared records with a Fellegi–Sunter model and explains the
/// score. <see cref="Score"/> allocates nothing; <see cref="Compare"/> adds the per-field waterfall.
/// Immutable: <see cref="WithTermFrequencies"/> returns a new matcher. The one exception is the matcher of an
/// <see cref="Linkage.IdentityIndex"/>: it reads the index's term-frequency counts, which
/// <see cref="Linkage.IdentityIndex.Add"/> updates (see <see cref="Linkage.IdentityIndex.Matcher"/>).
/// </summary>
public sealed class IdentityMatcher
{
    /// <summary>The largest term-frequency adjustment, in bits, either way.</summary>
    public const double TermFrequencyCap = 6.0;

    private readonly double[][] weights;
    private readonly double priorWeight;
    private readonly double matchWeight;
    private readonly double reviewWeight;
    private readonly TermFrequencies? frequencies;
    private readonly bool[][] vetoes;
    private readonly int[] cheapFirst;
    private readonly double[] belowExact;

    private IdentityMatcher(MatchProfile profile, MatchModel model, TermFrequencies? frequencies)
    {
        Profile = profile;
        Model = model;
        this.frequencies = frequencies;
        weights = model.Fields.Select(f => f.Levels.Select(l => l.Weight).ToArray()).ToArray();
        vetoes = model.Fields.Select(f => f.Levels.Select(l => l.Veto).ToArray()).ToArray();
        cheapFirst = [.. Enumerable.Range(0, weights.Length).OrderBy(f => profile.Comparisons[f].Costly).ThenByDescending(f => weights[f].Max() - weights[f].Min())];
        belowExact = [.. weights.Select(w => w.Skip(1).Append(0.0).Max())];
        priorWeight = Math.Log2(model.Prior / (1 - model.Prior));
        matchWeight = Math.Log2(model.MatchThreshold / (1 - model.MatchThreshold));
        reviewWeight = Math.Log2(model.ReviewThreshold / (1 - model.ReviewThreshold));
    }

    /// <summary>The profile.</summary>
    public MatchProfile Profile { get; }

    /// <summary>The model.</summary>
    public MatchModel Model { get; }

    /// <summary>Creates a matcher; the model must fit the profile (<see cref="MatchModel.Mismatch"/>).</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="model">The model.</param>
    /// <returns>The matcher.</returns>
    public static IdentityMatcher Create(MatchProfile profile, MatchModel model)
    {
        Core.Guard.NotNull(profile);
        Core.Guard.NotNull(model);
        var mismatch = model.Mismatch(profile);
        if (mismatch is not null)
        {
            throw new ArgumentException("model does not fit the profile: " + mismatch, nameof(model));
        }

        return new IdentityMatcher(profile, model, null);
    }

    /// <summary>A matcher whose exact name agreements are weighted by the frequencies of the values among <paramref name="records"/>. O(n).</summary>
    /// <param name="records">The indexed or deduplicated records.</param>
    /// <returns>The new matcher.</returns>
    public IdentityMatcher WithTermFrequencies(IReadOnlyList<PreparedRecord> records)
    {
        Core.Guard.NotNull(records);
        return new IdentityMatcher(Profile, Model, TermFrequencies.Count(Profile, records));
    }

    /// <summary>A matcher that reads <paramref name="table"/> (which its owner may go on filling).</summary>
    /// <param name="table">Term-frequency counts of this matcher's profile.</param>
    /// <returns>The new matcher.</returns>
    internal IdentityMatcher WithCounts(TermFrequencies table) => new(Profile, Model, table);

    /// <summary>Scores a pair without allocating. O(Σ field comparison costs).</summary>
    /// <param name="a">First record.</param>
    /// <param name="b">Second record.</param>
    /// <returns>Weight, probability and band.</returns>
    public MatchScore Score(PreparedRecord a, PreparedRecord b)
    {
        var weight = Weight(a, b, out var vetoed);
        return new MatchScore(weight, Probability(weight), Band(weight, vetoed));
    }

    /// <summary>Compares a pair and explains the result field by field.</summary>
    /// <param name="a">First record.</param>
    /// <param name="b">Second record.</param>
    /// <returns>The explained comparison.</returns>
    public MatchComparison Compare(PreparedRecord a, PreparedRecord b)
    {
        Core.Guard.NotNull(a);
        Core.Guard.NotNull(b);
        var comparisons = Profile.Comparisons;
        var fields = new FieldExplanation[comparisons.Count];
        var total = priorWeight;
        var vetoed = false;
        for (var f = 0; f < fields.Length; f++)
        {
            var level = comparisons[f].Level(a, b);
            if (level < 0)
            {
                fields[f] = new FieldExplanation(comparisons[f].Name, "missing", null, null, 0, 0);
                continue;
            }

            var parameters = Model.Fields[f].Levels[level];
            vetoed |= parameters.Veto;
            var adjustment = Adjustment(f, level, a);
            var weight = weights[f][level] + adjustment;
            total += weight;
            fields[f] = new FieldExplanation(comparisons[f].Name, parameters.Level, parameters.M, parameters.U, weight, adjustment);
        }

        return new MatchComparison(a.Id, b.Id, total, Probability(total), Band(total, vetoed), priorWeight, fields);
    }

    /// <summary>The match weight of a pair (bits). Allocation-free.</summary>
    /// <param name="a">First record.</param>
    /// <param name="b">Second record.</param>
    /// <param name="vetoed">Whether a field reached a veto level (the pair cannot be an automatic match).</param>
    /// <returns>The weight.</returns>
    public double Weight(PreparedRecord a, PreparedRecord b, out bool vetoed) => Sum(a, b, new LookedUp(this, a), out vetoed);

    /// <summary>
    /// Each record's term-frequency adjustment at exact agreement, per field (null for a field without term
    /// frequencies, or when this matcher has none): what <see cref="Weight"/> adds for a level-0 field of a pair
    /// whose first record it is. Computed on all cores, once per bulk run. O(n · fields).
    /// </summary>
    /// <param name="records">The records to be scored.</param>
    /// <returns>One array per field, one adjustment per record.</returns>
    internal double[]?[] Adjustments(PreparedRecord[] records)
    {
        var table = new double[]?[weights.Length];
        for (var f = 0; f < table.Length; f++)
        {
            if (frequencies is null || !Profile.Comparisons[f].TermFrequency)
            {
                continue;
            }

            // Records prepared together share their value instances: a small table by reference per chunk spares
            // most lookups in the (large) frequency table.
            var field = f;
            var comparison = Profile.Comparisons[f];
            var row = new double[records.Length];
            Records.RecordChunks.For(records.Length, 4096, (_, start, end) =>
            {
                var known = new Dictionary<string, double>(ReferenceEqualityComparer.Instance);
                for (var i = start; i < end; i++)
                {
                    var value = comparison.TermFrequencyValue(records[i]);
                    if (value is null)
                    {
                        row[i] = Adjustment(field, 0, records[i]);
                        continue;
                    }

                    ref var adjustment = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(known, value, out var exists);
                    if (!exists)
                    {
                        adjustment = Adjustment(field, 0, records[i]);
                    }

                    row[i] = adjustment;
                }
            });
            table[f] = row;
        }

        return table;
    }

    /// <summary>
    /// <see cref="Weight"/> of (<paramref name="a"/>, <paramref name="b"/>), bit for bit, with the adjustments of
    /// <paramref name="a"/> read from <see cref="Adjustments"/> instead of the term-frequency table. Allocation-free.
    /// </summary>
    /// <param name="a">First record.</param>
    /// <param name="aIndex">Its index in the records given to <see cref="Adjustments"/>.</param>
    /// <param name="b">Second record.</param>
    /// <param name="adjustments">What <see cref="Adjustments"/> returned.</param>
    /// <param name="vetoed">Whether a field reached a veto level.</param>
    /// <returns>The weight.</returns>
    internal double WeightAdjusted(PreparedRecord a, int aIndex, PreparedRecord b, double[]?[] adjustments, out bool vetoed) =>
        Sum(a, b, new Precomputed(adjustments, aIndex), out vetoed);

    /// <summary>
    /// <see cref="WeightAdjusted"/>, bit for bit, unless the weight is certainly below <paramref name="floor"/>: then
    /// some value below <paramref name="floor"/> (and no veto). The cheap fields are compared first; after each field
    /// the weight so far plus the most the remaining fields could add (their best level, with <paramref name="a"/>'s
    /// adjustment at exact agreement, or nothing when a value is missing) bounds the weight from above, and the
    /// remaining (costly name) comparisons are skipped as soon as the bound falls below the floor. Bulk scoring keeps
    /// only pairs at or above the review weight, so the pairs it keeps and their weights are unchanged. Allocation-free.
    /// </summary>
    /// <param name="a">First record.</param>
    /// <param name="aIndex">Its index in the records given to <see cref="Adjustments"/>.</param>
    /// <param name="b">Second record.</param>
    /// <param name="adjustments">What <see cref="Adjustments"/> returned.</param>
    /// <param name="floor">The lowest weight that matters.</param>
    /// <param name="vetoed">Whether a field reached a veto level (false when the comparison stopped early).</param>
    /// <returns>The weight, or a value below <paramref name="floor"/>.</returns>
    internal double WeightAdjustedAbove(PreparedRecord a, int aIndex, PreparedRecord b, double[]?[] adjustments, double floor, out bool vetoed)
    {
        var fields = weights.Length;
        Span<int> levels = fields <= 16 ? stackalloc int[16] : new int[fields];
        Span<double> adjust = fields <= 16 ? stackalloc double[16] : new double[fields];
        Span<double> ceilings = fields <= 16 ? stackalloc double[16] : new double[fields];
        var ceiling = priorWeight;
        for (var f = 0; f < fields; f++)
        {
            adjust[f] = frequencies is not null && adjustments[f] is { } row ? row[aIndex] : 0;
            ceilings[f] = Math.Max(belowExact[f], weights[f][0] + adjust[f]);
            ceiling += ceilings[f];
        }

        return Bounded(a, b, floor, ceiling, adjust, ceilings, levels, out var weight, out vetoed) ? weight : Math.Min(weight, Math.BitDecrement(floor));
    }

    /// <summary>
    /// Prepares <see cref="TryWeightAbove"/> for one query <paramref name="a"/>: each field's term-frequency
    /// adjustment at exact agreement (it depends on <paramref name="a"/> only) and the most any candidate could add
    /// through the field (0 when a value is missing). Returns the prior plus all those ceilings.
    /// </summary>
    /// <param name="a">The query (the first record of every pair scored with these ceilings).</param>
    /// <param name="adjustments">Receives one adjustment per field.</param>
    /// <param name="ceilings">Receives one ceiling per field.</param>
    /// <returns>The largest weight any pair (a, ·) could have.</returns>
    internal double Ceilings(PreparedRecord a, Span<double> adjustments, Span<double> ceilings)
    {
        var total = priorWeight;
        for (var f = 0; f < weights.Length; f++)
        {
            adjustments[f] = frequencies is null ? 0 : Adjustment(f, 0, a);
            var best = 0.0;
            for (var l = 0; l < weights[f].Length; l++)
            {
                best = Math.Max(best, weights[f][l] + (l == 0 ? adjustments[f] : 0));
            }

            ceilings[f] = best;
            total += best;
        }

        return total;
    }

    /// <summary>
    /// The weight of (<paramref name="a"/>, <paramref name="b"/>), bit for bit as <see cref="Weight"/> gives it,
    /// unless it is certainly below <paramref name="floor"/>. The cheap fields are compared first; after each one,
    /// the weight so far plus the ceilings of the fields not yet compared bounds the weight from above, and the
    /// costly name comparisons are skipped as soon as that bound falls below the floor. Allocation-free.
    /// </summary>
    /// <param name="a">The query, as given to <see cref="Ceilings"/>.</param>
    /// <param name="b">The candidate.</param>
    /// <param name="floor">The weight a candidate must reach to matter (negative infinity: always computed).</param>
    /// <param name="ceiling">What <see cref="Ceilings"/> returned for <paramref name="a"/>.</param>
    /// <param name="adjustments">The adjustments <see cref="Ceilings"/> filled.</param>
    /// <param name="ceilings">The ceilings <see cref="Ceilings"/> filled.</param>
    /// <param name="levels">Scratch space, one level per field.</param>
    /// <param name="weight">The weight when the method returns true.</param>
    /// <returns>False when the weight is certainly below <paramref name="floor"/>.</returns>
    internal bool TryWeightAbove(PreparedRecord a, PreparedRecord b, double floor, double ceiling, ReadOnlySpan<double> adjustments, ReadOnlySpan<double> ceilings, Span<int> levels, out double weight) =>
        Bounded(a, b, floor, ceiling, adjustments, ceilings, levels, out weight, out _);

    /// <summary>
    /// The cheap fields first, stopping as soon as the weight so far plus the <paramref name="ceilings"/> of the fields
    /// not yet compared falls below <paramref name="floor"/> (then false, <paramref name="weight"/> that bound and no
    /// veto); otherwise the weight and veto of the pair as <see cref="Weight"/> gives them.
    /// </summary>
    private bool Bounded(PreparedRecord a, PreparedRecord b, double floor, double ceiling, ReadOnlySpan<double> adjustments, ReadOnlySpan<double> ceilings, Span<int> levels, out double weight, out bool vetoed)
    {
        // The bound sums in another order than Weight, so it may differ from it by rounding: a margin far above
        // the rounding error of a few tens of terms keeps the test safe.
        const double Margin = 1e-6;
        var comparisons = Profile.Comparisons;
        var upper = ceiling;
        foreach (var f in cheapFirst)
        {
            var level = comparisons[f].Level(a, b);
            levels[f] = level;
            upper -= ceilings[f];
            if (level >= 0)
            {
                upper += weights[f][level] + (level == 0 ? adjustments[f] : 0);
            }

            if (upper < floor - Margin)
            {
                (weight, vetoed) = (upper, false);
                return false;
            }
        }

        weight = Total(levels[..weights.Length], new Given(adjustments), out vetoed);
        return true;
    }

    /// <summary>The band of a weight: a vetoed pair (for example two different first names) is a non-match whatever its weight.</summary>
    /// <param name="weight">A match weight.</param>
    /// <param name="vetoed">Whether a field reached a veto level.</param>
    /// <returns>The band.</returns>
    public MatchBand Band(double weight, bool vetoed = false) =>
        vetoed ? MatchBand.NonMatch : weight >= matchWeight ? MatchBand.Match : weight >= reviewWeight ? MatchBand.Review : MatchBand.NonMatch;

    /// <summary>The probability of a weight: 2^w / (1 + 2^w).</summary>
    /// <param name="weight">A match weight.</param>
    /// <returns>The probability.</returns>
    public static double Probability(double weight) => 1.0 / (1.0 + Math.Pow(2, -weight));

    /// <summary>The weight of a pair: prior, then each field's level weight and, at exact agreement, the adjustment of <paramref name="a"/>.</summary>
    private double Sum<TAdjustments>(PreparedRecord a, PreparedRecord b, TAdjustments adjustments, out bool vetoed)
        where TAdjustments : struct, IAdjustments
    {
        var comparisons = Profile.Comparisons;
        var fields = weights.Length;
        Span<int> levels = fields <= 16 ? stackalloc int[16] : new int[fields];
        for (var f = 0; f < fields; f++)
        {
            levels[f] = comparisons[f].Level(a, b);
        }

        return Total(levels[..fields], adjustments, out vetoed);
    }

    /// <summary>The weight of a pair from its levels: prior, then each field's level weight and, at exact agreement, the adjustment of the first record; in field order.</summary>
    private double Total<TAdjustments>(ReadOnlySpan<int> levels, TAdjustments adjustments, out bool vetoed)
        where TAdjustments : struct, IAdjustments, allows ref struct
    {
        var total = priorWeight;
        vetoed = false;
        for (var f = 0; f < levels.Length; f++)
        {
            var level = levels[f];
            if (level >= 0)
            {
                total += weights[f][level];
                vetoed |= vetoes[f][level];
                if (level == 0 && frequencies is not null)
                {
                    total += adjustments.Of(f);
                }
            }
        }

        return total;
    }

    private double Adjustment(int field, int level, PreparedRecord a)
    {
        if (level != 0 || frequencies is null || !Profile.Comparisons[field].TermFrequency)
        {
            return 0;
        }

        var frequency = frequencies.Frequency(field, Profile.Comparisons[field].TermFrequencyValue(a));
        if (frequency is null)
        {
            return 0;
        }

        var u = Model.Fields[field].Levels[0].U;
        return Math.Clamp(Math.Log2(u / frequency.Value), -TermFrequencyCap, TermFrequencyCap);
    }

    /// <summary>The term-frequency adjustment of the first record of a pair, field by field.</summary>
    private interface IAdjustments
    {
        double Of(int field);
    }

    /// <summary>Adjustments looked up in the term-frequency table.</summary>
    private readonly struct LookedUp(IdentityMatcher matcher, PreparedRecord a) : IAdjustments
    {
        public double Of(int field) => matcher.Adjustment(field, 0, a);
    }

    /// <summary>Adjustments read from <see cref="Adjustments"/> (0 for a field without a row, as the lookup gives).</summary>
    /// <summary>Adjustments given field by field (0 for a field without term frequencies).</summary>
    private readonly ref struct Given(ReadOnlySpan<double> values) : IAdjustments
    {
        private readonly ReadOnlySpan<double> values = values;

        public double Of(int field) => values[field];
    }

    private readonly struct Precomputed(double[]?[] table, int index) : IAdjustments
    {
        public double Of(int field) => table[field] is { } row ? row[index] : 0;
    }
}
