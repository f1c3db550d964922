using System.Globalization;
using Justice.Domain.Allocation.Model;
using Justice.Domain.Core;

namespace Justice.Domain.Allocation.Data;

/// <summary>
/// <i>Jeu de données national synthétique</i>: a deterministic, <b>synthetic</b> national dataset (164 tribunaux
/// judiciaires in the 36 cours d'appel, the seven criteria of the 2000 circular for the siège, four years) with plausible
/// magnitudes: 3 to 75 non-specialised magistrates per court, some 150 to 300 civil cases per magistrate a year.
/// The figures are generated from a seed; they are not the statistics of any real court, and the court names say so.
/// Used by <c>justice allocate</c> without input, by the tests and by the benchmarks.
/// </summary>
public static class SyntheticNationalDataset
{
    /// <summary>The seed of the default dataset.</summary>
    public const ulong DefaultSeed = 2000_05_23;

    /// <summary>The default number of posts: the 41 vice-présidents and 7 vice-présidents placés for detention of 2000.</summary>
    public const int DefaultPosts = 48;

    /// <summary>The seven criteria of the 2000 circular for the siège of the tribunaux de grande instance, all per magistrate, descending, weight 1.</summary>
    public static IReadOnlyList<Criterion> Criteria { get; } =
    [
        new("civil_flow"), new("criminal_flow"), new("civil_output"), new("criminal_output"),
        new("civil_stock"), new("criminal_stock"), new("detention_workload"),
    ];

    /// <summary>The 36 cours d'appel with the number of synthetic tribunaux judiciaires given to each (164 in all).</summary>
    public static IReadOnlyList<(string Name, int Courts)> AppealCourts { get; } =
    [
        ("Agen", 3), ("Aix-en-Provence", 10), ("Amiens", 5), ("Angers", 4), ("Bastia", 2), ("Besançon", 4),
        ("Bordeaux", 5), ("Bourges", 3), ("Caen", 5), ("Chambéry", 4), ("Colmar", 4), ("Dijon", 4),
        ("Douai", 10), ("Grenoble", 5), ("Limoges", 3), ("Lyon", 8), ("Metz", 3), ("Montpellier", 5),
        ("Nancy", 5), ("Nîmes", 5), ("Orléans", 3), ("Paris", 9), ("Pau", 5), ("Poitiers", 6),
        ("Reims", 5), ("Rennes", 11), ("Riom", 4), ("Rouen", 5), ("Toulouse", 7), ("Versailles", 4),
        ("Basse-Terre", 2), ("Cayenne", 1), ("Fort-de-France", 1), ("Nouméa", 1), ("Papeete", 1), ("Saint-Denis", 2),
    ];

    // Yearly cases per corrected magistrate around which each criterion is drawn (detention: full-time magistrates per magistrate).
    private static readonly decimal[] PerMagistrateBase = [230m, 190m, 210m, 180m, 260m, 90m, 0.08m];

    /// <summary>The default dataset: 164 courts in 36 cours d'appel, 7 criteria, 4 years, <see cref="DefaultPosts"/> posts.</summary>
    /// <returns>The request.</returns>
    public static AllocationRequest Create()
    {
        var random = new SplitMix(DefaultSeed);
        var courts = new List<Court>(164);
        foreach (var (name, count) in AppealCourts)
        {
            var appealId = "CA-" + Slug(name);
            for (var k = 1; k <= count; k++)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"TJ-{Slug(name)}-{k}");
                courts.Add(Generate(ref random, id, string.Create(CultureInfo.InvariantCulture, $"TJ synthétique {name} {k}"), appealId));
            }
        }

        return new AllocationRequest(DefaultPosts, Criteria, courts);
    }

    /// <summary>A larger synthetic dataset with the same magnitudes, for scale tests and benchmarks: courts "TJ-00001"… spread over the 36 cours d'appel.</summary>
    /// <param name="courtCount">The number of courts, 1 to 1,000,000.</param>
    /// <param name="posts">The number of posts, 0 or more.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The request.</returns>
    public static AllocationRequest Create(int courtCount, int posts, ulong seed = DefaultSeed)
    {
        Guard.InRange(courtCount, 1, 1_000_000);
        Guard.NotNegative(posts);
        var random = new SplitMix(seed);
        var courts = new Court[courtCount];
        for (var i = 0; i < courtCount; i++)
        {
            var appeal = AppealCourts[i % AppealCourts.Count].Name;
            var id = string.Create(CultureInfo.InvariantCulture, $"TJ-{i + 1:00000}");
            courts[i] = Generate(ref random, id, "TJ synthétique " + id, "CA-" + Slug(appeal));
        }

        return new AllocationRequest(posts, Criteria, courts);
    }

    private static Court Generate(ref SplitMix random, string id, string name, string appealId)
    {
        // Between 3 and 75 non-specialised magistrates, small courts more frequent (only exact IEEE operations, so the
        // figures are the same on every platform).
        var u = random.NextDouble();
        var nonSpecialized = 3 + (int)(72 * u * u);
        var specialized = 2 + (int)Math.Round(nonSpecialized * (0.4 + (0.5 * random.NextDouble())));
        var percent = SpecializedShareTable.Circular2000.PercentFor(nonSpecialized + specialized);
        var corrected = nonSpecialized + (percent * specialized / 100m);
        var busyness = 0.7 + (0.6 * random.NextDouble());
        var values = new Dictionary<string, IReadOnlyList<decimal>>(StringComparer.Ordinal);
        for (var c = 0; c < Criteria.Count; c++)
        {
            var years = new decimal[4];
            var criterionFactor = 0.85 + (0.3 * random.NextDouble());
            for (var y = 0; y < years.Length; y++)
            {
                var noise = 0.95 + (0.1 * random.NextDouble());
                var value = PerMagistrateBase[c] * corrected * (decimal)(busyness * criterionFactor * noise);
                years[y] = Math.Round(value, c == Criteria.Count - 1 ? 2 : 0, MidpointRounding.ToEven);
            }

            values.Add(Criteria[c].Id, years);
        }

        var growth = Math.Round((decimal)(-0.04 + (0.14 * random.NextDouble())), 4, MidpointRounding.ToEven);
        var previous = random.NextDouble() switch { < 0.7 => 0, < 0.93 => 1, _ => 2 };
        var department = (1 + (int)(random.NextDouble() * 95)).ToString("00", CultureInfo.InvariantCulture);
        return new Court(id, name, values, nonSpecialized, specialized)
        {
            AppealCourtId = appealId,
            Department = department,
            PopulationGrowth = growth,
            PreviousPosts = previous,
        };
    }

    private static string Slug(string name) =>
        new string(name.Normalize(System.Text.NormalizationForm.FormD)
            .Where(ch => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            .Select(ch => char.IsLetter(ch) ? char.ToUpperInvariant(ch) : '-')
            .ToArray());

    /// <summary>SplitMix64: a small, seeded, portable generator (no dependence on the runtime's <see cref="Random"/>).</summary>
    private struct SplitMix(ulong state)
    {
        private ulong state = state;

        public double NextDouble()
        {
            ulong z;
            unchecked
            {
                state += 0x9E3779B97F4A7C15UL;
                z = state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                z ^= z >> 31;
            }

            return (z >> 11) * (1.0 / (1UL << 53));
        }
    }
}
