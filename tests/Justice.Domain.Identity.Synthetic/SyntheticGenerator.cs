using System.Globalization;

namespace Justice.Domain.Identity.Synthetic;

/// <summary>
/// Synthetic French civil-status records with known duplicates, labelled by corruption class, for evaluating record
/// linkage per class. Deterministic for a seed.
/// <para>
/// Persons: an origin (French 82.6 %; Maghrebi 7 %, Portuguese 2.5 %, West African 2 %, Italian 2 %, Spanish 1.5 %,
/// Turkish 1 %, Polish 0.8 %, Vietnamese 0.6 %), a surname of that origin (French: a head of common names at their
/// population shares, MARTIN 0.4 %, then a long tail of regional roots and suffixes, syllabic roots and place names
/// under a Zipf–Mandelbrot law: tens of thousands of distinct surnames at a million records), double surnames
/// (1.5 %, 10 % of births from 2005; Spanish and Portuguese double names), particles; one to four first names by sex
/// and origin, compound ones with a hyphen; a birth date 1930–2012 (always a date of the calendar); a birth commune
/// from the INSEE file weighted by population (Paris, Lyon and Marseille births written with the city code or the
/// arrondissement's), or a country of birth (2 % of French-origin persons, 35 % of the others); married women with a
/// usage name.
/// </para>
/// <para>
/// Duplicates: 0–3 per person (55 % none, 30 % one, 10 % two, 5 % three), each with 1–3 corruption classes (74 %
/// one, 21 % two, 5 % three) of <see cref="CorruptionClasses"/>, drawn so that each class's share of the duplicates is
/// about <see cref="CorruptionRates"/>; two classes of one record never touch the same field, so a record's classes
/// explain every difference from the person's original record. Hard non-matches (<see cref="HardNonMatchKinds"/>) are
/// separate persons: twins (1.5 % of persons), homonyms with near birth dates (2 %), cousins born the same year in the
/// same commune (1.5 %), father and son with the same first name and surname, 20–40 years apart (2 % of the men born up to 1985).
/// </para>
/// </summary>
public sealed class SyntheticGenerator
{
    /// <summary>The corruption classes a duplicate may carry.</summary>
    public static IReadOnlyList<string> CorruptionClasses { get; } =
    [
        "date-missing", "date-partial", "date-placeholder", "date-typo",
        "surname-usage", "surname-particle", "surname-compound-part", "surname-typo",
        "first-name-typo", "names-swapped", "names-both-typo",
        "first-name-only-first", "first-name-order", "first-name-variant", "transliteration",
        "commune-other", "commune-name-only", "commune-postal-code", "sex-missing",
    ];

    /// <summary>
    /// The share of duplicate records carrying each class (a duplicate carries 1–3 classes, so the shares add up to
    /// about 1.3). Classes that need something of the person (a usage name, a particle, a double surname, several
    /// first names, a name of transliterated origin, a birth in France) are drawn more often among those who have it.
    /// Measured on 20,000 persons (seed 2026), every share is within 20 % of its rate.
    /// <list type="table">
    /// <listheader><term>class</term><description>share of duplicates</description></listheader>
    /// <item><term>date-missing</term><description>0.12 (70 % empty, 30 % <c>0000-00-00</c>)</description></item>
    /// <item><term>date-partial</term><description>0.08 (<c>YYYY-MM-00</c> 50 %, <c>YYYY-00-00</c> 25 %, <c>YYYY-00-DD</c> 10 %, <c>0000-MM-DD</c> 15 %)</description></item>
    /// <item><term>date-placeholder</term><description>0.04 (<c>YYYY-01-01</c>)</description></item>
    /// <item><term>date-typo</term><description>0.08 (one digit, day-month swap, year ± 1, transposed year digits, an impossible date)</description></item>
    /// <item><term>surname-usage</term><description>0.07 (the married woman's usage name in the birth-surname field; the usage field emptied 60 % of the time)</description></item>
    /// <item><term>surname-particle</term><description>0.015 (DE LA FONTAINE → FONTAINE, LAFONTAINE, DELAFONTAINE; LEROY → LE ROY)</description></item>
    /// <item><term>surname-compound-part</term><description>0.015</description></item>
    /// <item><term>surname-typo</term><description>0.14 (insertion, deletion, AZERTY neighbour, transposition; a phonetic respelling one time in four)</description></item>
    /// <item><term>first-name-typo</term><description>0.10</description></item>
    /// <item><term>names-swapped</term><description>0.05 (the first first name in the surname field, the surname in the first-names field)</description></item>
    /// <item><term>names-both-typo</term><description>0.05</description></item>
    /// <item><term>first-name-only-first</term><description>0.14</description></item>
    /// <item><term>first-name-order</term><description>0.04</description></item>
    /// <item><term>first-name-variant</term><description>0.06 (Jean-Pierre → Jean Pierre, J-Pierre, J.-Pierre; diminutives; Mohamed → Mohammed)</description></item>
    /// <item><term>transliteration</term><description>0.03 (Maghrebi, West African, Portuguese, Turkish, Vietnamese surname or first name spelled another way)</description></item>
    /// <item><term>commune-other</term><description>0.08 (a merged commune's former code, the arrondissement against the city code, another commune of the department weighted by population, a digit of the code mistyped)</description></item>
    /// <item><term>commune-name-only</term><description>0.06</description></item>
    /// <item><term>commune-postal-code</term><description>0.04 (a postal code of the commune in the code field, 75011 for 75111)</description></item>
    /// <item><term>sex-missing</term><description>0.06</description></item>
    /// </list>
    /// </summary>
    public static IReadOnlyDictionary<string, double> CorruptionRates { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["date-missing"] = 0.12, ["date-partial"] = 0.08, ["date-placeholder"] = 0.04, ["date-typo"] = 0.08,
        ["surname-usage"] = 0.07, ["surname-particle"] = 0.015, ["surname-compound-part"] = 0.015, ["surname-typo"] = 0.14,
        ["first-name-typo"] = 0.10, ["names-swapped"] = 0.05, ["names-both-typo"] = 0.05,
        ["first-name-only-first"] = 0.14, ["first-name-order"] = 0.04, ["first-name-variant"] = 0.06, ["transliteration"] = 0.03,
        ["commune-other"] = 0.08, ["commune-name-only"] = 0.06, ["commune-postal-code"] = 0.04, ["sex-missing"] = 0.06,
    };

    /// <summary>The kinds of hard non-matches (different persons who look alike), the keys of <see cref="SyntheticDataset.HardNonMatches"/>.</summary>
    public static IReadOnlyList<string> HardNonMatchKinds { get; } = ["twins", "homonyms", "cousins", "father-son"];

    // Drawing weights of the classes, calibrated so that the measured shares meet CorruptionRates (a class that needs
    // something of the person is drawn among fewer duplicates, so its weight is higher than its rate).
    private static readonly double[] Weights =
    [
        0.1085, 0.0749, 0.036, 0.0734,
        0.408, 0.292, 0.68, 0.131,
        0.102, 0.0515, 0.048,
        0.244, 0.0656, 0.172, 0.291,
        0.0755, 0.0607, 0.038, 0.0486,
    ];

    private static readonly Corruptions.Fields[] ClassFields = [.. CorruptionClasses.Select(Corruptions.FieldsOf)];

    private static readonly Dictionary<NameOrigin, (string Code, string Name, string Nationality)[]> Countries = new()
    {
        [NameOrigin.French] = [("99131", "Belgique", "BE"), ("99109", "Allemagne", "DE"), ("99140", "Suisse", "CH"), ("99132", "Royaume-Uni", "GB"), ("99352", "Algérie", "DZ")],
        [NameOrigin.Maghrebi] = [("99352", "Algérie", "DZ"), ("99350", "Maroc", "MA"), ("99351", "Tunisie", "TN")],
        [NameOrigin.WestAfrican] = [("99341", "Sénégal", "SN"), ("99335", "Mali", "ML"), ("99326", "Côte d'Ivoire", "CI")],
        [NameOrigin.Portuguese] = [("99139", "Portugal", "PT")],
        [NameOrigin.Turkish] = [("99208", "Turquie", "TR")],
        [NameOrigin.Vietnamese] = [("99243", "Viet Nam", "VN")],
        [NameOrigin.Italian] = [("99127", "Italie", "IT")],
        [NameOrigin.Spanish] = [("99134", "Espagne", "ES")],
        [NameOrigin.Polish] = [("99122", "Pologne", "PL")],
    };

    private readonly SyntheticCommune[] communes;
    private readonly double[] cumulative;
    private readonly Dictionary<string, (SyntheticCommune[] Communes, double[] Cumulative)> departments;
    private readonly NameModel names;

    /// <summary>Uses the INSEE communes embedded in this assembly (<see cref="EmbeddedData.OpenCommunes"/>).</summary>
    public SyntheticGenerator()
        : this(EmbeddedData.OpenCommunes(), dispose: true)
    {
    }

    /// <summary>Loads the INSEE communes (code, name, type, parent, department, region, zone, population, former codes, postal codes) from a file.</summary>
    /// <param name="communesCsvPath">The path of a <c>communes.csv</c> in the schema of <c>Data/README.md</c>.</param>
    public SyntheticGenerator(string communesCsvPath)
        : this(new StreamReader(communesCsvPath), dispose: true)
    {
    }

    /// <summary>Loads the INSEE communes (code, name, type, parent, department, region, zone, population, former codes, postal codes) from text.</summary>
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
        static string[] Postal(string[] f) => f.Length > 9 ? f[9].Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
        var arrondissements = rows.Where(f => f[2] == "arrondissement-municipal")
            .GroupBy(f => f[3])
            .ToDictionary(g => g.Key, g => g.Select(f => new SyntheticCommune(f[0], f[1], Population(f[7]), f[4], [], [], Postal(f))).ToArray());
        communes = rows.Where(f => f[2] == "commune-actuelle" && Population(f[7]) > 0)
            .Select(f => new SyntheticCommune(
                f[0], f[1], Population(f[7]), f[4],
                f[8].Split('|', StringSplitOptions.RemoveEmptyEntries),
                arrondissements.GetValueOrDefault(f[0]) ?? [],
                Postal(f)))
            .ToArray();
        if (communes.Length == 0)
        {
            throw new InvalidDataException("The communes file has no current commune with a population.");
        }

        cumulative = Cumulative(communes);
        departments = communes.GroupBy(c => c.Department, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.ToArray(), Cumulative(g.ToArray())), StringComparer.Ordinal);
        names = new NameModel(communes.Select(c => c.Name));
    }

    /// <summary>Generates a dataset of about <paramref name="people"/> × 1.7 records (duplicates and hard non-matches included).</summary>
    /// <param name="people">The number of persons (before hard non-matches).</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The dataset.</returns>
    public SyntheticDataset Generate(int people, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(people);
        var random = new Random(seed);
        var persons = new List<SyntheticPerson>(people * 11 / 10);
        var hard = HardNonMatchKinds.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
        var hardPairs = new List<HardNonMatchPair>();
        for (var p = 0; p < people; p++)
        {
            var person = NewPerson(random, NameModel.DrawOrigin(random));
            persons.Add(person);
            var roll = random.NextDouble();
            var kind = roll switch
            {
                < 0.015 => "twins",
                < 0.035 => "homonyms",
                < 0.050 => "cousins",
                < 0.070 when person.IsMale && person.Year <= 1985 => "father-son",
                _ => null,
            };
            if (kind is not null)
            {
                persons.Add(kind switch
                {
                    "twins" => Twin(person, random),
                    "homonyms" => Homonym(person, random),
                    "cousins" => Cousin(person, random),
                    _ => Son(person, random),
                });
                hard[kind]++;
                hardPairs.Add(new HardNonMatchPair(kind, PersonId(persons.Count - 2), PersonId(persons.Count - 1)));
            }
        }

        var counts = CorruptionClasses.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
        var drafts = new List<(int Person, string[] Row, string[] Classes)>(persons.Count * 17 / 10);
        var chosen = new List<string>(3);
        var tried = new bool[CorruptionClasses.Count];
        for (var p = 0; p < persons.Count; p++)
        {
            drafts.Add((p, persons[p].ToRow(), []));
            var duplicates = random.NextDouble() switch
            {
                < 0.55 => 0,
                < 0.85 => 1,
                < 0.95 => 2,
                _ => 3,
            };
            for (var d = 0; d < duplicates; d++)
            {
                var copy = persons[p].Clone();
                var wanted = random.NextDouble() switch
                {
                    < 0.74 => 1,
                    < 0.95 => 2,
                    _ => 3,
                };
                chosen.Clear();
                Array.Clear(tried);
                var used = Corruptions.Fields.None;
                while (chosen.Count < wanted && Draw(random, tried, used) is { } c)
                {
                    tried[c] = true;
                    var name = CorruptionClasses[c];
                    if (Corruptions.Apply(name, copy, random, OtherCommune))
                    {
                        chosen.Add(name);
                        used |= ClassFields[c];
                        counts[name]++;
                    }
                }

                drafts.Add((p, copy.ToRow(), [.. chosen]));
            }
        }

        var order = Enumerable.Range(0, drafts.Count).ToArray();
        random.Shuffle(order);
        var rows = new List<string[]>(drafts.Count);
        var truth = new Dictionary<string, string>(drafts.Count, StringComparer.Ordinal);
        var corruptions = new Dictionary<string, IReadOnlyList<string>>(drafts.Count, StringComparer.Ordinal);
        var width = Math.Max(6, drafts.Count.ToString(CultureInfo.InvariantCulture).Length);
        for (var i = 0; i < order.Length; i++)
        {
            var (person, row, classes) = drafts[order[i]];
            var id = "R" + (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            row[0] = id;
            rows.Add(row);
            truth[id] = PersonId(person);
            corruptions[id] = classes;
        }

        return new SyntheticDataset(rows, truth, corruptions, counts, hard, hardPairs);
    }

    private static string PersonId(int person) => "P" + person.ToString(CultureInfo.InvariantCulture);

    private static int Population(string text) => int.TryParse(text, CultureInfo.InvariantCulture, out var p) ? p : 0;

    private static double[] Cumulative(SyntheticCommune[] items)
    {
        var result = new double[items.Length];
        double total = 0;
        for (var i = 0; i < items.Length; i++)
        {
            total += items[i].Population;
            result[i] = total;
        }

        return result;
    }

    private static int Index(double[] cumulative, double target)
    {
        var i = Array.BinarySearch(cumulative, target);
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }

    /// <summary>A class by weight among those not tried whose fields are still untouched, or null when none is left.</summary>
    private static int? Draw(Random random, bool[] tried, Corruptions.Fields used)
    {
        double total = 0;
        for (var c = 0; c < Weights.Length; c++)
        {
            total += Allowed(c, tried, used) ? Weights[c] : 0;
        }

        if (total <= 0)
        {
            return null;
        }

        var u = random.NextDouble() * total;
        var last = -1;
        for (var c = 0; c < Weights.Length; c++)
        {
            if (Allowed(c, tried, used))
            {
                last = c;
                u -= Weights[c];
                if (u < 0)
                {
                    return c;
                }
            }
        }

        return last;
    }

    private static bool Allowed(int c, bool[] tried, Corruptions.Fields used) => !tried[c] && (ClassFields[c] & used) == 0;

    private SyntheticCommune? OtherCommune(SyntheticCommune commune, Random random)
    {
        var (items, weights) = departments[commune.Department];
        if (items.Length < 2)
        {
            return null;
        }

        for (var attempt = 0; attempt < 4; attempt++)
        {
            var other = items[Index(weights, random.NextDouble() * weights[^1])];
            if (other.Code != commune.Code)
            {
                return other;
            }
        }

        return null;
    }

    private SyntheticPerson NewPerson(Random random, NameOrigin origin, bool? male = null)
    {
        var isMale = random.NextDouble() < 0.5;
        isMale = male ?? isMale;
        var year = random.Next(1930, 2013);
        var month = random.Next(1, 13);
        var person = new SyntheticPerson
        {
            Origin = origin,
            Sex = isMale ? "M" : "F",
            Year = year,
            Month = month,
            Day = random.Next(1, DateTime.DaysInMonth(year, month) + 1),
        };
        SetSurname(person, random);
        SetFirstNames(person, random);
        SetBirthPlace(person, random, random.NextDouble() < (origin == NameOrigin.French ? 0.02 : 0.35));
        if (!isMale && year < 1995 && random.NextDouble() < 0.55)
        {
            person.Usage = names.Surname(NameModel.DrawOrigin(random), random)[0];
        }

        return person;
    }

    private void SetSurname(SyntheticPerson person, Random random)
    {
        var spellings = names.Surname(person.Origin, random);
        var (surname, parts) = (spellings[0], (string[]?)null);
        var doubled = person.Origin switch
        {
            NameOrigin.Spanish => 0.4,
            NameOrigin.Portuguese => 0.25,
            NameOrigin.French => person.Year >= 2005 ? 0.10 : 0.015,
            _ => 0.0,
        };
        if (random.NextDouble() < doubled)
        {
            var second = names.Surname(person.Origin, random)[0];
            if (second != surname)
            {
                parts = [surname, second];
                surname = person.Origin == NameOrigin.French ? surname + "-" + second : surname + " " + second;
                spellings = [surname];
            }
        }

        person.Surname = surname;
        person.SurnameSpellings = spellings;
        person.SurnameParts = parts;
    }

    private void SetFirstNames(SyntheticPerson person, Random random)
    {
        var count = random.NextDouble() switch
        {
            < 0.35 => 1,
            < 0.75 => 2,
            < 0.95 => 3,
            _ => 4,
        };
        person.FirstNames = [];
        person.FirstNameSpellings = [];
        for (var i = 0; i < count * 3 && person.FirstNames.Count < count; i++)
        {
            var origin = person.Origin != NameOrigin.French && random.NextDouble() < 0.35 ? NameOrigin.French : person.Origin;
            var spellings = names.FirstName(origin, person.IsMale, random);
            if (!person.FirstNames.Contains(spellings[0]))
            {
                person.FirstNames.Add(spellings[0]);
                person.FirstNameSpellings.Add(spellings);
            }
        }
    }

    private void SetBirthPlace(SyntheticPerson person, Random random, bool abroad)
    {
        person.Commune = null;
        person.CommuneCode = person.CommuneName = string.Empty;
        person.Country = null;
        if (abroad)
        {
            var options = Countries[person.Origin];
            var country = options[random.Next(options.Length)];
            person.Country = country;
            person.Nationality = random.NextDouble() < 0.5 ? "FR" : country.Nationality;
            return;
        }

        var commune = communes[Index(cumulative, random.NextDouble() * cumulative[^1])];
        person.Commune = commune;
        person.Nationality = "FR";
        if (commune.Arrondissements.Length > 0 && random.NextDouble() < 0.5)
        {
            var arrondissement = commune.Arrondissements[random.Next(commune.Arrondissements.Length)];
            (person.CommuneCode, person.CommuneName) = (arrondissement.Code, arrondissement.Name);
        }
        else
        {
            (person.CommuneCode, person.CommuneName) = (commune.Code, commune.Name);
        }
    }

    /// <summary>A twin: same surname, birth date and place, other first names (one in three similar: Jean-Marc / Jean-Luc, Lucas / Louis).</summary>
    private SyntheticPerson Twin(SyntheticPerson person, Random random)
    {
        var twin = person.Clone();
        twin.Sex = random.NextDouble() < 0.5 ? person.Sex : (person.IsMale ? "F" : "M");
        twin.Usage = null;
        for (var attempt = 0; attempt < 10; attempt++)
        {
            SetFirstNames(twin, random);
            if (random.NextDouble() < 0.35 && Similar(person.FirstNames[0], twin, random) is { } similar)
            {
                twin.FirstNames[0] = similar[0];
                twin.FirstNameSpellings[0] = similar;
            }

            if (!twin.FirstNames.Contains(person.FirstNames[0]) && !person.FirstNames.Contains(twin.FirstNames[0]))
            {
                break;
            }
        }

        return twin;
    }

    private string[]? Similar(string name, SyntheticPerson twin, Random random)
    {
        var hyphen = name.IndexOf('-', StringComparison.Ordinal);
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var candidate = names.FirstName(twin.Origin, twin.IsMale, random);
            var other = candidate[0];
            if (other == name)
            {
                continue;
            }

            if (hyphen > 0 ? other.StartsWith(name[..(hyphen + 1)], StringComparison.Ordinal) : other.Length > 2 && other[..2] == name[..Math.Min(2, name.Length)])
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A homonym: same surname, first names and sex, born a few days to months apart in another commune.</summary>
    private SyntheticPerson Homonym(SyntheticPerson person, Random random)
    {
        var homonym = NewPerson(random, person.Origin, person.IsMale);
        homonym.Surname = person.Surname;
        homonym.SurnameSpellings = person.SurnameSpellings;
        homonym.SurnameParts = person.SurnameParts;
        homonym.FirstNames = [.. person.FirstNames];
        homonym.FirstNameSpellings = [.. person.FirstNameSpellings];
        homonym.Usage = person.IsMale ? null : homonym.Usage;
        var offset = random.Next(3, 240) * (random.NextDouble() < 0.5 ? -1 : 1);
        var date = new DateTime(person.Year, person.Month, person.Day, 0, 0, 0, DateTimeKind.Unspecified).AddDays(offset);
        (homonym.Year, homonym.Month, homonym.Day) = (date.Year, date.Month, date.Day);
        return homonym;
    }

    /// <summary>A cousin: same surname, born the same year in the same commune, other first names and day.</summary>
    private SyntheticPerson Cousin(SyntheticPerson person, Random random)
    {
        var cousin = NewPerson(random, person.Origin);
        cousin.Surname = person.Surname;
        cousin.SurnameSpellings = person.SurnameSpellings;
        cousin.SurnameParts = person.SurnameParts;
        cousin.Year = person.Year;
        if (cousin.Month == person.Month && cousin.Day == person.Day)
        {
            cousin.Day = cousin.Day % 28 + 1;
        }

        (cousin.Commune, cousin.CommuneCode, cousin.CommuneName, cousin.Country, cousin.Nationality) =
            (person.Commune, person.CommuneCode, person.CommuneName, person.Country, person.Nationality);
        if (cousin.FirstNames[0] == person.FirstNames[0])
        {
            SetFirstNames(cousin, random);
        }

        return cousin;
    }

    /// <summary>A son with his father's surname and first name, born 20–40 years later, half the time in the same commune.</summary>
    private SyntheticPerson Son(SyntheticPerson father, Random random)
    {
        var son = NewPerson(random, father.Origin, male: true);
        son.Usage = null;
        son.Surname = father.Surname;
        son.SurnameSpellings = father.SurnameSpellings;
        son.SurnameParts = father.SurnameParts;
        son.FirstNames[0] = father.FirstNames[0];
        son.FirstNameSpellings[0] = father.FirstNameSpellings[0];
        for (var i = son.FirstNames.Count - 1; i > 0; i--)
        {
            if (son.FirstNames[i] == son.FirstNames[0])
            {
                son.FirstNames.RemoveAt(i);
                son.FirstNameSpellings.RemoveAt(i);
            }
        }

        son.Year = father.Year + random.Next(20, 41);
        son.Day = Math.Min(son.Day, DateTime.DaysInMonth(son.Year, son.Month));
        if (random.NextDouble() < 0.5)
        {
            (son.Commune, son.CommuneCode, son.CommuneName, son.Country, son.Nationality) =
                (father.Commune, father.CommuneCode, father.CommuneName, father.Country, father.Nationality);
        }

        return son;
    }
}
