namespace Justice.Domain.Identity.Synthetic;

/// <summary>
/// Draws names: an origin, then a surname and first names of that origin. French surnames are a head of common names
/// with their approximate population shares, then a long tail (regional roots and suffixes, syllabic roots, place
/// names) drawn under a Zipf–Mandelbrot law, rank r with weight 1 / (r + <see cref="TailOffset"/>), so that the
/// distinct surnames keep growing with the size of the dataset (tens of thousands at a million records).
/// </summary>
internal sealed class NameModel
{
    /// <summary>The offset of the tail's Zipf–Mandelbrot law: its most frequent name (about 0.011 % of persons) stays below the common names of the head (0.04 % and above).</summary>
    public const double TailOffset = 1500;

    /// <summary>The share of the population by name origin (immigrant origins together 17.4 %).</summary>
    public static readonly (NameOrigin Origin, double Share)[] OriginShares =
    [
        (NameOrigin.Maghrebi, 0.070), (NameOrigin.WestAfrican, 0.020), (NameOrigin.Portuguese, 0.025), (NameOrigin.Turkish, 0.010),
        (NameOrigin.Vietnamese, 0.006), (NameOrigin.Italian, 0.020), (NameOrigin.Spanish, 0.015), (NameOrigin.Polish, 0.008),
    ];

    private const int TailSize = 90_000;

    private readonly string[] head;
    private readonly double[] headCumulative;
    private readonly double headShare;
    private readonly string[] tail;
    private readonly Dictionary<NameOrigin, string[][]> surnames = [];
    private readonly Dictionary<NameOrigin, (string[][] Male, string[][] Female)> firstNames = [];

    /// <summary>Builds the pools; the long tail mixes the given place names in.</summary>
    /// <param name="placeNames">Commune names (INSEE), any case.</param>
    public NameModel(IEnumerable<string> placeNames)
    {
        head = NamePools.FrenchHead.Select(h => h.Name).ToArray();
        headCumulative = new double[head.Length];
        double total = 0;
        for (var i = 0; i < head.Length; i++)
        {
            total += NamePools.FrenchHead[i].Percent / 100;
            headCumulative[i] = total;
        }

        // The head's share among French-origin persons.
        headShare = total / (1 - OriginShares.Sum(o => o.Share));
        tail = BuildTail(placeNames, new HashSet<string>(head, StringComparer.Ordinal));
        foreach (var (origin, names) in NamePools.Surnames)
        {
            var groups = names.Select(Spellings).ToList();
            if (origin == NameOrigin.Maghrebi)
            {
                // The long tail of Maghrebi names: BEN + root, BOU + root, AIT + root…, each with its spaced or glued form.
                foreach (var root in NamePools.MaghrebiRoots)
                {
                    foreach (var prefix in NamePools.MaghrebiPrefixes)
                    {
                        var glued = prefix.Trim() + root;
                        var spaced = prefix.Trim() + " " + root;
                        groups.Add(prefix.EndsWith(' ') ? [spaced, glued] : [glued, spaced]);
                    }
                }
            }

            surnames[origin] = [.. groups];
        }

        firstNames[NameOrigin.French] = (NamePools.FrenchMale.Select(Spellings).ToArray(), NamePools.FrenchFemale.Select(Spellings).ToArray());
        foreach (var (origin, (male, female)) in NamePools.FirstNames)
        {
            firstNames[origin] = (male.Select(Spellings).ToArray(), female.Select(Spellings).ToArray());
        }
    }

    /// <summary>The number of French long-tail surnames.</summary>
    public int TailCount => tail.Length;

    /// <summary>Draws an origin by <see cref="OriginShares"/> (French otherwise).</summary>
    /// <param name="random">The random source.</param>
    /// <returns>The origin.</returns>
    public static NameOrigin DrawOrigin(Random random)
    {
        var u = random.NextDouble();
        foreach (var (origin, share) in OriginShares)
        {
            if (u < share)
            {
                return origin;
            }

            u -= share;
        }

        return NameOrigin.French;
    }

    /// <summary>Draws a surname of the given origin with its known spellings (the first is the surname).</summary>
    /// <param name="origin">The origin.</param>
    /// <param name="random">The random source.</param>
    /// <returns>The spellings; the first is the surname.</returns>
    public string[] Surname(NameOrigin origin, Random random)
    {
        if (origin != NameOrigin.French)
        {
            var pool = surnames[origin];
            return pool[Zipf(pool.Length, origin switch { NameOrigin.Vietnamese => 2, NameOrigin.Maghrebi => 30, _ => 10 }, random)];
        }

        var u = random.NextDouble();
        if (u < headShare)
        {
            var target = u / headShare * headCumulative[^1];
            var i = Array.BinarySearch(headCumulative, target);
            return [head[Math.Min(i < 0 ? ~i : i, head.Length - 1)]];
        }

        return [tail[Zipf(tail.Length, TailOffset, random)]];
    }

    /// <summary>Draws a first name for the sex and origin with its known spellings (the first is the name).</summary>
    /// <param name="origin">The origin.</param>
    /// <param name="male">Whether the person is a man.</param>
    /// <param name="random">The random source.</param>
    /// <returns>The spellings; the first is the first name.</returns>
    public string[] FirstName(NameOrigin origin, bool male, Random random)
    {
        var (m, f) = firstNames[origin];
        var pool = male ? m : f;
        return pool[Zipf(pool.Length, origin == NameOrigin.French ? 6 : 2, random)];
    }

    /// <summary>A rank in [0, n) under a Zipf–Mandelbrot law with exponent 1 and the given offset (inverse of its continuous CDF).</summary>
    private static int Zipf(int n, double offset, Random random)
    {
        var x = (offset * Math.Pow((n + offset) / offset, random.NextDouble())) - offset;
        return Math.Clamp((int)x, 0, n - 1);
    }

    private static string[] Spellings(string line) => line.Split('|').Distinct(StringComparer.Ordinal).ToArray();

    private static string[] BuildTail(IEnumerable<string> placeNames, HashSet<string> exclude)
    {
        // A fixed seed: the tail is the same "language" for every generation seed, only the draws differ.
        var random = new Random(1789);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in NamePools.FrenchRoots)
        {
            foreach (var suffix in NamePools.FrenchSuffixes)
            {
                names.Add(root + suffix);
            }
        }

        foreach (var place in placeNames)
        {
            foreach (var word in place.ToUpperInvariant().Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length >= 4 && word.All(char.IsLetter) && word is not ("SAINT" or "SAINTE" or "SUR" or "SOUS" or "LES" or "DES" or "AUX"))
                {
                    names.Add(word);
                }
            }
        }

        var syllabic = 0;
        while (names.Count < TailSize && syllabic < TailSize * 4)
        {
            syllabic++;
            var root = Pick(NamePools.Onsets, random) + Pick(NamePools.Vowels, random) + Pick(NamePools.Middles, random)
                + (random.NextDouble() < 0.4 ? Pick(NamePools.Vowels, random) + Pick(NamePools.Middles, random) : string.Empty);
            names.Add(root + Pick(NamePools.FrenchSuffixes, random));
        }

        names.ExceptWith(exclude);
        var pool = names.Order(StringComparer.Ordinal).ToArray();
        random.Shuffle(pool);

        // Breton LE + name, DE/DU + place, D' before a vowel: particles in about 4 % of the tail.
        for (var i = 0; i < pool.Length; i++)
        {
            if (random.NextDouble() < 0.04)
            {
                var name = pool[i];
                pool[i] = "AEIOUÉ".Contains(name[0], StringComparison.Ordinal) ? "D'" + name : Pick(["LE ", "DE ", "DU ", "DE LA ", "LA "], random) + name;
            }
        }

        return pool;
    }

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];
}
