using Justice.Domain.Identity.Places;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Text;

namespace Justice.Domain.Identity.Matching;

/// <summary>
/// <i>Profil état civil</i>: French civil-status matching. Fields: surname (birth name; usage name and aliases
/// as alternates), first names, birth date, birth place (INSEE commune through history, department, foreign
/// country), sex. Blocking, six rules unioned: phonetic surname + birth year and month; phonetic first name + birth
/// date; birth date + birth commune; surname and first name as an unordered pair + birth month (catches swapped entry
/// even with a mistyped year); the two phonetic codes as an unordered pair + birth year (swapped entry with a typo);
/// birth commune + birth year and month (a day left unknown or mistyped, names too damaged for the other rules).
/// The month in the first and fourth rules keeps their blocks small at a million records (measured in
/// docs/identity/scale.md: recall ceiling 0.981 on the synthetic data with no block over 100 at a million records).
/// </summary>
public sealed class CivilStatusProfile
{
    private const int Surname = 0;
    private const int FirstName = 1;
    private readonly FrenchNameNormalizer normalizer;
    private readonly CommuneDirectory communes;
    private readonly CivilStatusPreparer single;

    /// <summary>Creates the profile with a name normalizer and a commune directory.</summary>
    /// <param name="normalizer">The name normalizer (particles, placeholders).</param>
    /// <param name="communes">The INSEE commune directory.</param>
    public CivilStatusProfile(FrenchNameNormalizer normalizer, CommuneDirectory communes)
    {
        this.normalizer = Core.Guard.NotNull(normalizer);
        this.communes = Core.Guard.NotNull(communes);
        single = new CivilStatusPreparer(normalizer, communes, caching: false);
        Profile = new MatchProfile(
            "civil-status",
            [
                new NameComparison("surname", Surname, FirstName),
                new NameComparison("first_names", FirstName, Surname) { VetoLevel = NameComparison.LevelNames.Length - 1 },
                new DateComparison("birth_date", 0) { VetoLevel = 6 },
                new PlaceComparison("birth_place", 0),
                new ExactComparison("sex", 3, 0.98, 0.5),
            ],
            [
                new BlockingRule("Soundex2(surname or usage name) + birth year and month", ["surname", "birth_date"]),
                new BlockingRule("Soundex2(first first name) + birth date", ["first_names", "birth_date"]),
                new BlockingRule("birth date + birth commune (after history)", ["birth_date", "birth_place"]),
                new BlockingRule("{surname, first first name} unordered + birth month", ["surname", "first_names"]),
                new BlockingRule("{Soundex2(surname), Soundex2(first first name)} unordered + birth year", ["surname", "first_names"]),
                new BlockingRule("birth commune (after history) + birth year and month", ["birth_place"]),
            ]);
    }

    /// <summary>The profile with the default normalizer and the embedded commune directory.</summary>
    public static CivilStatusProfile Default { get; } = new(FrenchNameNormalizer.Default, CommuneDirectory.Default);

    /// <summary>The fields and blocking rules.</summary>
    public MatchProfile Profile { get; }

    /// <summary>
    /// Normalises a record once for matching. O(length of the record). Keeps nothing between calls: to prepare
    /// many records, a <see cref="CivilStatusPreparer"/> normalises each distinct value once and gives the same result.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The prepared record.</returns>
    public PreparedRecord Prepare(PersonRecord record) => single.Prepare(record);

    /// <summary>The name normalizer.</summary>
    internal FrenchNameNormalizer Normalizer => normalizer;

    /// <summary>The commune directory.</summary>
    internal CommuneDirectory Communes => communes;

    /// <summary>
    /// The reference preparation, written straight from the profile's definition (LINQ, <see cref="string.Intern"/>):
    /// the oracle that <see cref="CivilStatusPreparer"/> is proved against, and the benchmarks' baseline.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The prepared record.</returns>
    internal PreparedRecord PrepareReference(PersonRecord record)
    {
        Core.Guard.NotNull(record);
        var birth = normalizer.Normalize(record.BirthSurname);
        var usage = normalizer.Normalize(record.UsageSurname);
        var aliases = record.Aliases.Select(normalizer.Normalize).Where(n => !n.IsMissing).ToArray();
        if (birth.IsMissing && !usage.IsMissing)
        {
            (birth, usage) = (usage, NormalizedName.Missing);
        }

        var surname = NameForms.Create(
            [birth.Full, birth.WithoutParticles],
            new[] { usage }.Concat(aliases).SelectMany(n => new[] { n.Full, n.WithoutParticles }),
            birth.Tokens.Concat(usage.Tokens));

        var given = record.FirstNames.Select(normalizer.Normalize).Where(n => !n.IsMissing).ToArray();
        var firstNames = given.Length == 0
            ? NameForms.Missing
            : NameForms.Create(
                [given[0].Full, string.Concat(given.Select(g => g.Full))],
                [],
                given.SelectMany(g => g.Tokens));

        var date = record.BirthDate ?? default;
        var place = communes.Resolve(record.BirthCommuneCode, record.BirthCommuneName, record.BirthCountryCode);
        var sex = record.Sex switch
        {
            Sex.Male => "M",
            Sex.Female => "F",
            _ => null,
        };

        var keys = new List<ulong>(8);
        var year = date.Year == 0 ? null : date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var fullDate = date.Year == 0 ? null : date.ToString();
        if (year is not null)
        {
            var yearMonth = date.Month == 0 ? year : year + "-" + date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var code in surname.Phonetic)
            {
                keys.Add(BlockingKey.Of(1, code, yearMonth));
            }

            if (firstNames.Phonetic.Length > 0)
            {
                keys.Add(BlockingKey.Of(2, firstNames.Phonetic[0], fullDate));
            }

            if (place.Commune is not null)
            {
                keys.Add(BlockingKey.Of(3, fullDate, place.Commune));
            }
        }

        if (year is not null && firstNames.Phonetic.Length > 0)
        {
            var first = firstNames.Phonetic[0];
            foreach (var code in surname.Phonetic)
            {
                keys.Add(string.CompareOrdinal(code, first) <= 0 ? BlockingKey.Of(5, code, first, year) : BlockingKey.Of(5, first, code, year));
            }
        }

        if (year is not null && date.Month != 0 && place.Commune is not null)
        {
            keys.Add(BlockingKey.Of(6, place.Commune, year, date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (firstNames.Primary.Length > 0)
        {
            var month = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var first = firstNames.Primary[0];
            AddUnordered(surname.Primary);
            AddUnordered(surname.Secondary);

            // The first main form, then the first alternate form, each with the first first name.
            void AddUnordered(ReadOnlySpan<string> forms)
            {
                if (forms.Length > 0)
                {
                    var name = forms[0];
                    keys.Add(string.CompareOrdinal(name, first) <= 0 ? BlockingKey.Of(4, name, first, month) : BlockingKey.Of(4, first, name, month));
                }
            }
        }

        return new PreparedRecord(
            record.Id,
            [surname, firstNames],
            [place.Commune, place.Department, place.Country, sex],
            [date.Year, date.Month, date.Day],
            keys.Distinct().ToArray());
    }
}
