using System.Globalization;
using Bogus;
using Justice.Domain.Identity.Text;

namespace Justice.Samples.Synthetic;

/// <summary>
/// Synthetic French civil-status records with known duplicates, for evaluation and benchmarks. Persons are drawn
/// with Bogus (<c>fr</c> locale) names under a Zipf law (a few names very common, as MARTIN is) plus a long tail of
/// place-derived surnames, particles and double names; birth communes from the INSEE file weighted by population,
/// 8 % born abroad (INSEE 99xxx codes); women married with a usage name. Duplicates (0–3 per person) carry 1–3 noises
/// each (see <see cref="NoiseKinds"/>); hard non-matches (twins, homonyms, parent and child) are separate persons.
/// Deterministic for a seed.
/// </summary>
public sealed class SyntheticGenerator
{
    /// <summary>The noise kinds applied to duplicates.</summary>
    public static IReadOnlyList<string> NoiseKinds { get; } =
    [
        "typo", "phonetic", "accents-case", "particle", "hyphen", "first-name-order", "usage-for-birth-name", "swapped-names",
        "day-month-swap", "unknown-day", "missing-field", "former-commune-code", "arrondissement-vs-city",
    ];

    private static readonly (string Code, string Name, string Nationality)[] Countries =
    [
        ("99352", "Algérie", "DZ"), ("99350", "Maroc", "MA"), ("99351", "Tunisie", "TN"), ("99139", "Portugal", "PT"), ("99127", "Italie", "IT"),
        ("99134", "Espagne", "ES"), ("99208", "Turquie", "TR"), ("99341", "Sénégal", "SN"), ("99335", "Mali", "ML"), ("99114", "Roumanie", "RO"),
        ("99131", "Belgique", "BE"), ("99109", "Allemagne", "DE"), ("99243", "Viet Nam", "VN"), ("99216", "Chine", "CN"), ("99324", "Côte d'Ivoire", "CI"),
    ];

    private static readonly (string From, string To)[] Respellings =
    [
        ("EAU", "O"), ("AU", "O"), ("PH", "F"), ("TH", "T"), ("Y", "I"), ("CK", "K"), ("QU", "K"), ("C", "K"), ("LL", "L"), ("TT", "T"),
        ("SS", "S"), ("AI", "E"), ("EI", "E"), ("Z", "S"), ("ER", "E"), ("EZ", "E"), ("IN", "AIN"), ("ON", "OND"), ("OT", "AUT"), ("ET", "AIS"),
    ];

    private readonly Commune[] communes;
    private readonly double[] cumulative;
    private readonly string[] placeSurnames;

    /// <summary>Uses the INSEE communes embedded in this assembly (<see cref="EmbeddedData.OpenCommunes"/>).</summary>
    public SyntheticGenerator()
        : this(EmbeddedData.OpenCommunes(), dispose: true)
    {
    }

    /// <summary>Loads the INSEE communes (code, name, type, parent, population, former codes) from a file.</summary>
    /// <param name="communesCsvPath">The path of a <c>communes.csv</c> in the schema of <c>Data/README.md</c>.</param>
    public SyntheticGenerator(string communesCsvPath)
        : this(new StreamReader(communesCsvPath), dispose: true)
    {
    }

    /// <summary>Loads the INSEE communes (code, name, type, parent, population, former codes) from text.</summary>
    /// <param name="communesCsv">The text of a <c>communes.csv</c>, header row first; the caller disposes it.</param>
    public SyntheticGenerator(TextReader communesCsv)
        : this(communesCsv, dispose: false)
    {
    }

    private SyntheticGenerator(TextReader reader, bool dispose)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var owned = dispose ? reader : null;
        var rows = Csv.Read(reader).Skip(1).Select(r => r.Fields).Where(f => f.Length >= 10).ToArray();
        var arrondissements = rows.Where(f => f[2] == "arrondissement-municipal").GroupBy(f => f[3]).ToDictionary(g => g.Key, g => g.Select(f => f[0]).ToArray());
        communes = rows.Where(f => f[2] == "commune-actuelle" && int.TryParse(f[7], CultureInfo.InvariantCulture, out var p) && p > 0)
            .Select(f => new Commune(
                f[0], f[1], int.Parse(f[7], CultureInfo.InvariantCulture),
                f[8].Split('|', StringSplitOptions.RemoveEmptyEntries),
                arrondissements.GetValueOrDefault(f[0]) ?? []))
            .ToArray();
        cumulative = new double[communes.Length];
        double total = 0;
        for (var i = 0; i < communes.Length; i++)
        {
            total += communes[i].Population;
            cumulative[i] = total;
        }

        placeSurnames = communes.Select(c => c.Name).Where(n => n.All(ch => char.IsLetter(ch)) && n.Length >= 4).Distinct().ToArray();
    }

    /// <summary>Generates a dataset of about <paramref name="people"/> × 1.65 records.</summary>
    /// <param name="people">The number of persons (before hard non-matches).</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The dataset.</returns>
    public SyntheticDataset Generate(int people, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(people);
        var faker = new Faker("fr") { Random = new Randomizer(seed) };
        var random = faker.Random;
        var surnames = Enumerable.Range(0, 4000).Select(_ => faker.Name.LastName()).Distinct().ToArray();
        var male = Enumerable.Range(0, 3000).Select(_ => faker.Name.FirstName(Bogus.DataSets.Name.Gender.Male)).Distinct().ToArray();
        var female = Enumerable.Range(0, 3000).Select(_ => faker.Name.FirstName(Bogus.DataSets.Name.Gender.Female)).Distinct().ToArray();
        var persons = new List<Person>(people * 11 / 10);
        var hard = new Dictionary<string, int> { ["twins"] = 0, ["homonyms"] = 0, ["parent-child"] = 0 };
        for (var p = 0; p < people; p++)
        {
            var person = NewPerson(random, surnames, male, female);
            persons.Add(person);
            var roll = random.Double();
            if (roll < 0.03)
            {
                var twin = person.Clone();
                twin.FirstNames = [Pick(random, twin.Sex == "M" ? male : female, 0.7)];
                persons.Add(twin);
                hard["twins"]++;
            }
            else if (roll < 0.05)
            {
                var homonym = NewPerson(random, surnames, male, female);
                homonym.Surname = person.Surname;
                homonym.FirstNames = [.. person.FirstNames];
                homonym.Sex = person.Sex;
                persons.Add(homonym);
                hard["homonyms"]++;
            }
            else if (roll < 0.08)
            {
                var child = NewPerson(random, surnames, male, female);
                child.Surname = person.Surname;
                child.Sex = person.Sex;
                child.FirstNames = [person.FirstNames[0], .. child.FirstNames.Skip(1)];
                child.Year = person.Year + random.Int(20, 40);
                child.Commune = random.Bool(0.5f) ? person.Commune : child.Commune;
                child.Country = child.Commune is null ? child.Country : null;
                persons.Add(child);
                hard["parent-child"]++;
            }
        }

        var noise = NoiseKinds.ToDictionary(k => k, _ => 0);
        var drafts = new List<(string Person, string[] Row)>();
        for (var p = 0; p < persons.Count; p++)
        {
            var personId = "P" + p.ToString(CultureInfo.InvariantCulture);
            drafts.Add((personId, persons[p].ToRow()));
            var duplicates = random.Double() switch
            {
                < 0.55 => 0,
                < 0.85 => 1,
                < 0.95 => 2,
                _ => 3,
            };
            for (var d = 0; d < duplicates; d++)
            {
                var copy = persons[p].Clone();
                var count = random.Int(1, 3);
                for (var n = 0; n < count; n++)
                {
                    var kind = NoiseKinds[random.Int(0, NoiseKinds.Count - 1)];
                    if (Apply(kind, copy, random))
                    {
                        noise[kind]++;
                    }
                }

                drafts.Add((personId, copy.ToRow()));
            }
        }

        var order = Enumerable.Range(0, drafts.Count).ToArray();
        random.Shuffle(order).ToArray().CopyTo(order, 0);
        var rows = new List<string[]>(drafts.Count);
        var truth = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < order.Length; i++)
        {
            var (personId, row) = drafts[order[i]];
            var id = "R" + (i + 1).ToString("000000", CultureInfo.InvariantCulture);
            row[0] = id;
            rows.Add(row);
            truth[id] = personId;
        }

        return new SyntheticDataset(rows, truth, noise, hard);
    }

    private Person NewPerson(Randomizer random, string[] surnames, string[] male, string[] female)
    {
        var sex = random.Bool() ? "M" : "F";
        var pool = sex == "M" ? male : female;
        string surname = random.Double() < 0.35 ? placeSurnames[random.Int(0, placeSurnames.Length - 1)] : Pick(random, surnames, 0.7);
        var style = random.Double();
        if (style < 0.04)
        {
            surname = random.ArrayElement(["de ", "Le ", "de La ", "Da ", "Ben ", "d'", "Van "]) + surname;
        }
        else if (style < 0.07)
        {
            surname = surname + "-" + Pick(random, surnames, 0.7);
        }

        var firstNames = new List<string> { Pick(random, pool, 0.7) };
        if (random.Double() < 0.08)
        {
            firstNames[0] = firstNames[0] + "-" + Pick(random, pool, 0.7);
        }

        var extra = random.Double() switch
        {
            < 0.4 => 0,
            < 0.85 => 1,
            _ => 2,
        };
        for (var i = 0; i < extra; i++)
        {
            firstNames.Add(Pick(random, pool, 0.7));
        }

        var year = random.Int(1930, 2008);
        var month = random.Int(1, 12);
        var day = random.Int(1, DateTime.DaysInMonth(year, month));
        var abroad = random.Double() < 0.08;
        var person = new Person
        {
            Surname = surname,
            FirstNames = firstNames,
            Sex = sex,
            Year = year,
            Month = month,
            Day = day,
        };
        if (abroad)
        {
            var country = Countries[random.Int(0, Countries.Length - 1)];
            person.Country = country;
            person.Nationality = random.Bool(0.5f) ? "FR" : country.Nationality;
        }
        else
        {
            person.Commune = communes[Index(random.Double() * cumulative[^1])];
            person.Nationality = "FR";
        }

        if (sex == "F" && year < 1995 && random.Double() < 0.5)
        {
            person.Usage = Pick(random, surnames, 0.7);
        }

        return person;
    }

    private int Index(double target)
    {
        var i = Array.BinarySearch(cumulative, target);
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }

    // Zipf-like choice: rank r drawn with weight 1 / (r + 1)^s.
    private static string Pick(Randomizer random, string[] pool, double exponent)
    {
        var u = random.Double();
        var n = pool.Length;
        var index = exponent == 1.0
            ? (int)Math.Floor(Math.Exp(u * Math.Log(n + 1))) - 1
            : (int)Math.Floor(Math.Pow((u * (Math.Pow(n + 1, 1 - exponent) - 1)) + 1, 1 / (1 - exponent))) - 1;
        return pool[Math.Clamp(index, 0, n - 1)];
    }

    private static bool Apply(string kind, Person p, Randomizer random)
    {
        switch (kind)
        {
            case "typo":
                if (random.Bool())
                {
                    p.Surname = Typo(p.Surname, random);
                }
                else
                {
                    p.FirstNames[0] = Typo(p.FirstNames[0], random);
                }

                return true;
            case "phonetic":
                var upper = TextFolding.Fold(p.Surname);
                foreach (var (from, to) in Respellings.OrderBy(_ => random.Double()))
                {
                    var at = upper.IndexOf(from, 1, StringComparison.Ordinal);
                    if (upper.Length > 1 && at > 0)
                    {
                        p.Surname = upper[..at] + to + upper[(at + from.Length)..];
                        return true;
                    }
                }

                return false;
            case "accents-case":
                p.Surname = TextFolding.Fold(p.Surname);
                p.FirstNames = p.FirstNames.Select(f => random.Bool() ? TextFolding.Fold(f) : f.ToLowerInvariant()).ToList();
                return true;
            case "particle":
                var name = FrenchNameNormalizer.Default.Normalize(p.Surname);
                if (name.WithoutParticles != name.Full)
                {
                    p.Surname = random.Bool() ? name.WithoutParticles : name.Full;
                    return true;
                }

                return false;
            case "hyphen":
                if (p.FirstNames[0].Contains('-', StringComparison.Ordinal))
                {
                    p.FirstNames[0] = random.Bool() ? p.FirstNames[0].Replace('-', ' ') : p.FirstNames[0].Replace("-", string.Empty, StringComparison.Ordinal);
                    return true;
                }

                if (p.Surname.Contains('-', StringComparison.Ordinal))
                {
                    p.Surname = random.Bool() ? p.Surname.Replace('-', ' ') : p.Surname.Split('-')[0];
                    return true;
                }

                return false;
            case "first-name-order":
                if (p.FirstNames.Count > 1)
                {
                    (p.FirstNames[0], p.FirstNames[1]) = (p.FirstNames[1], p.FirstNames[0]);
                    return true;
                }

                return false;
            case "usage-for-birth-name":
                if (p.Usage is not null)
                {
                    (p.Surname, p.Usage) = (p.Usage, random.Bool() ? null : p.Surname);
                    return true;
                }

                return false;
            case "swapped-names":
                (p.Surname, p.FirstNames) = (p.FirstNames[0], [p.Surname]);
                return true;
            case "day-month-swap":
                if (p.Day <= 12 && p.Day != p.Month && p.Day != 0)
                {
                    (p.Day, p.Month) = (p.Month, p.Day);
                    return true;
                }

                return false;
            case "unknown-day":
                p.Day = 0;
                if (random.Double() < 0.2)
                {
                    p.Month = 0;
                }

                return true;
            case "missing-field":
                switch (random.Int(0, 3))
                {
                    case 0: p.Sex = string.Empty; break;
                    case 1: p.Commune = null; p.Country = null; break;
                    case 2: p.FirstNames = p.FirstNames.Take(1).ToList(); p.Usage = null; break;
                    default: p.Nationality = string.Empty; break;
                }

                return true;
            case "former-commune-code":
                if (p.Commune is { FormerCodes.Length: > 0 } c)
                {
                    p.CommuneCodeOverride = c.FormerCodes[random.Int(0, c.FormerCodes.Length - 1)];
                    return true;
                }

                return false;
            case "arrondissement-vs-city":
                if (p.Commune is { Arrondissements.Length: > 0 } city)
                {
                    p.CommuneCodeOverride = city.Arrondissements[random.Int(0, city.Arrondissements.Length - 1)];
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    private static string Typo(string value, Randomizer random)
    {
        if (value.Length < 3)
        {
            return value;
        }

        var chars = value.ToCharArray().ToList();
        var i = random.Int(1, chars.Count - 2);
        switch (random.Int(0, 3))
        {
            case 0: chars[i] = (char)('a' + random.Int(0, 25)); break;
            case 1: chars.RemoveAt(i); break;
            case 2: (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]); break;
            default: chars.Insert(i, chars[i]); break;
        }

        return new string(chars.ToArray());
    }

    private sealed record Commune(string Code, string Name, int Population, string[] FormerCodes, string[] Arrondissements);

    private sealed class Person
    {
        public string Surname { get; set; } = string.Empty;

        public string? Usage { get; set; }

        public List<string> FirstNames { get; set; } = [];

        public string Sex { get; set; } = string.Empty;

        public int Year { get; set; }

        public int Month { get; set; }

        public int Day { get; set; }

        public Commune? Commune { get; set; }

        public string? CommuneCodeOverride { get; set; }

        public (string Code, string Name, string Nationality)? Country { get; set; }

        public string Nationality { get; set; } = string.Empty;

        public Person Clone()
        {
            var copy = (Person)MemberwiseClone();
            copy.FirstNames = [.. FirstNames];
            return copy;
        }

        public string[] ToRow() =>
        [
            string.Empty,
            Sex == "M" ? "M." : Sex == "F" ? "Mme" : string.Empty,
            Surname,
            Usage ?? string.Empty,
            string.Join(", ", FirstNames),
            string.Empty,
            Sex,
            string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}"),
            string.Empty,
            CommuneCodeOverride ?? Commune?.Code ?? string.Empty,
            Commune?.Name ?? string.Empty,
            Country?.Code ?? string.Empty,
            Country?.Name ?? string.Empty,
            Nationality,
        ];
    }
}
