using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
namespace Justice.Domain.Identity.Blocking;

/// <summary>
/// The blocking rules of the civil-status profile (<see cref="CivilStatusProfile"/>), in order. Each rule reads two or
/// three of the four identifying fields, and each field is left unread by at least three rules, so that a true pair
/// whose one field is missing or wrong on one side (no birth date, a partial date, the usage name for the birth name,
/// surname and first name swapped, both names mistyped, another birth commune) still shares a key of some rule:
/// <list type="table">
/// <listheader><term>rule</term><description>survives a missing or wrong</description></listheader>
/// <item><term><c>names-year</c></term><description>day, month, birth place; names swapped</description></item>
/// <item><term><c>surname-date</c></term><description>first names, birth place</description></item>
/// <item><term><c>first-name-date</c></term><description>surname (usage name, particle, one part of a compound), birth place</description></item>
/// <item><term><c>date-place</c></term><description>both names</description></item>
/// <item><term><c>names-place</c></term><description>birth date; names swapped</description></item>
/// <item><term><c>names</c></term><description>birth date and birth place; names swapped</description></item>
/// <item><term><c>place-year-month</c></term><description>both names and the day</description></item>
/// <item><term><c>surname-place</c></term><description>first names, birth date</description></item>
/// <item><term><c>first-name-place</c></term><description>surname, birth date (small blocks only)</description></item>
/// <item><term><c>names-phonetic</c></term><description>birth date and birth place (small blocks only)</description></item>
/// <item><term><c>name-edit-place</c></term><description>birth date, and one typo that changes a name's sound; names swapped</description></item>
/// <item><term><c>name-edit-year</c></term><description>day, month, birth place, and one typo that changes a name's sound; names swapped</description></item>
/// <item><term><c>surname-edit-place</c></term><description>first names and birth date, with one typo in the surname</description></item>
/// <item><term><c>surname-edit-year</c></term><description>first names, day, month and birth place, with one typo in the surname</description></item>
/// </list>
/// Names are read as Soundex2 codes of every surname form (birth name with and without particles, usage name,
/// aliases) and of each of the first three first-name tokens (so that first names in another order, or written with
/// spaces where commas belong, still meet), or, in <c>names</c>, as the folded forms themselves; the birth place as the
/// commune after its history (a former code and an arrondissement give the current commune). A rule whose part is
/// unknown gives no key. A typo that changes a name's Soundex2 code (a first letter mistyped, a consonant for another)
/// is met by the two <c>name-edit</c> rules, which read the names as written and with one letter deleted (the
/// deletion neighbourhood: a substitution, an insertion, a deletion or a transposition of two neighbouring letters
/// leaves the two spellings one shared deletion apart); a typo in the surname beside first names that differ too (a
/// typo in each name, another of the person's first names) by the two <c>surname-edit</c> rules, which read the surname
/// alone that way.
/// </summary>
internal static class CivilStatusBlockingRules
{
    public const string Surname = "surname";
    public const string FirstNames = "first_names";
    public const string BirthDate = "birth_date";
    public const string BirthPlace = "birth_place";

    /// <summary>
    /// The cap of <c>first-name-place</c> and <c>names-phonetic</c>: a first name and a birth commune, or two phonetic
    /// codes, are shared by many persons (every JEAN born in Paris, every MRTN JN), so these rules keep their small
    /// blocks only, of rare names and small communes, where they are the last resort of a pair with two fields damaged.
    /// </summary>
    public const int RareKeyCap = 20;

    /// <summary>The rules without the four edit rules (<c>name-edit-*</c>, <c>surname-edit-*</c>), in the order pairs are credited.</summary>
    public static IReadOnlyList<BlockingRule> WithoutNameEdits { get; } =
    [
        new("names-year", "{Soundex2(surname), Soundex2(a first-name token)} unordered + birth year", [Surname, FirstNames, BirthDate], NamesYear),
        new("surname-date", "Soundex2(surname) + birth date", [Surname, BirthDate], SurnameDate),
        new("first-name-date", "Soundex2(a first-name token) + birth date", [FirstNames, BirthDate], FirstNameDate),
        new("date-place", "birth date + birth commune", [BirthDate, BirthPlace], DatePlace),
        new("names-place", "{Soundex2(surname), Soundex2(a first-name token)} unordered + birth commune", [Surname, FirstNames, BirthPlace], NamesPlace),
        new("names", "{surname, a first-name token} unordered (folded forms)", [Surname, FirstNames], Names),
        new("place-year-month", "birth commune + birth year and month", [BirthPlace, BirthDate], PlaceYearMonth),
        new("surname-place", "Soundex2(surname) + birth commune", [Surname, BirthPlace], SurnamePlace),
        new("first-name-place", "Soundex2(a first-name token) + birth commune", [FirstNames, BirthPlace], FirstNamePlace, RareKeyCap),
        new("names-phonetic", "{Soundex2(surname), Soundex2(a first-name token)} unordered", [Surname, FirstNames], NamesPhonetic, RareKeyCap),
    ];

    /// <summary>The rules, in the order pairs are credited: <see cref="WithoutNameEdits"/>, then the four edit rules.</summary>
    public static IReadOnlyList<BlockingRule> All { get; } =
    [
        .. WithoutNameEdits,
        new("name-edit-place", "{a surname form, the first first name} unordered, one of them with at most one letter deleted, + birth commune", [Surname, FirstNames, BirthPlace], NameEditPlace, RareKeyCap, NameEditBound),
        new("name-edit-year", "{a surname form, the first first name} unordered, one of them with at most one letter deleted, + birth year", [Surname, FirstNames, BirthDate], NameEditYear, RareKeyCap, NameEditBound),
        new("surname-edit-place", "a surname form with at most one letter deleted + birth commune", [Surname, BirthPlace], SurnameEditPlace, RareKeyCap, SurnameEditBound),
        new("surname-edit-year", "a surname form with at most one letter deleted + birth year", [Surname, BirthDate], SurnameEditYear, RareKeyCap, SurnameEditBound),
    ];

    /// <summary>
    /// The shortest name whose one-letter deletions are written: a deletion of a shorter name (LI, MAS) meets too many
    /// other names to narrow a block.
    /// </summary>
    public const int EditedNameLength = 4;

    private static void NameEditPlace(in BlockingFields r, int rule, ref KeySink keys) => EditsAtPlace(r, rule, withFirstName: true, ref keys);

    private static void NameEditYear(in BlockingFields r, int rule, ref KeySink keys) => EditsInYear(r, rule, withFirstName: true, ref keys);

    private static void SurnameEditPlace(in BlockingFields r, int rule, ref KeySink keys) => EditsAtPlace(r, rule, withFirstName: false, ref keys);

    private static void SurnameEditYear(in BlockingFields r, int rule, ref KeySink keys) => EditsInYear(r, rule, withFirstName: false, ref keys);

    private static int NameEditBound(in BlockingFields r) => EditBound(r, withFirstName: true);

    private static int SurnameEditBound(in BlockingFields r) => EditBound(r, withFirstName: false);

    private static void EditsAtPlace(in BlockingFields r, int rule, bool withFirstName, ref KeySink keys)
    {
        if (Place(r) is { } place)
        {
            Edits(r, new BlockingKey.Builder(rule).Add(place), withFirstName, ref keys);
        }
    }

    private static void EditsInYear(in BlockingFields r, int rule, bool withFirstName, ref KeySink keys)
    {
        if (r.Numbers[0] != 0)
        {
            Edits(r, new BlockingKey.Builder(rule).Add(r.Numbers[0]), withFirstName, ref keys);
        }
    }

    /// <summary>
    /// Writes, after <paramref name="prefix"/>, each surname form (main, alternate, token) as written and with each one
    /// of its letters deleted.
    /// <para>
    /// With <paramref name="withFirstName"/> (the <c>name-edit</c> rules), each form goes with the first first-name
    /// token, unordered, and the first name is written with each one of its letters deleted too: a pair with one typo in
    /// the surname or in the first name, the names swapped or not, shares a key. Deleting a letter of each name at once
    /// (every combination) would meet a typo in each too, at about four times the keys per record: a million records
    /// would hold gigabytes of keys. Only the first first name is read: the second too raises the recall ceiling by less
    /// than a thousandth on the evaluation sets and doubles these rules' keys.
    /// </para>
    /// <para>
    /// Without it (the <c>surname-edit</c> rules), the surname form alone: a pair whose first names differ too (a typo
    /// in each name, another of the person's first names, none) still shares a key when its surnames are one typo apart.
    /// </para>
    /// </summary>
    private static void Edits(in BlockingFields r, BlockingKey.Builder prefix, bool withFirstName, ref KeySink keys)
    {
        if (withFirstName && r.Second.Tokens.Length == 0)
        {
            return;
        }

        var first = withFirstName ? r.Second.Tokens[0] : string.Empty;
        var firstEdits = first.Length >= EditedNameLength ? first.Length : 0;
        var surnames = r.First.Written;
        for (var s = 0; s < surnames.Length; s++)
        {
            // A token that repeats an earlier form (a one-word surname is its own token) has the same keys.
            var surname = surnames[s];
            if (surnames[..s].Contains(surname))
            {
                continue;
            }

            // Position -1 is the name as written. The two names enter the key unordered, so that a record with surname
            // and first name swapped meets the other. A builder adds in place: each key starts from a copy.
            var surnameEdits = surname.Length >= EditedNameLength ? surname.Length : 0;
            for (var i = -1; i < surnameEdits; i++)
            {
                var surnameHash = BlockingKey.HashOf(surname, i);
                if (!withFirstName)
                {
                    var key = prefix;
                    keys.Add(key.AddHash(surnameHash).Value);
                    continue;
                }

                for (var j = -1; j < (i < 0 ? firstEdits : 0); j++)
                {
                    var key = prefix;
                    keys.Add(key.AddUnordered(surnameHash, BlockingKey.HashOf(first, j)).Value);
                }
            }
        }
    }

    /// <summary>The bound of the edit rules: per written surname form, one key as written and one per deleted letter of either name read.</summary>
    private static int EditBound(in BlockingFields r, bool withFirstName)
    {
        if (withFirstName && r.Second.Tokens.Length == 0)
        {
            return 0;
        }

        var firstLength = withFirstName ? r.Second.Tokens[0].Length : 0;
        var bound = 0;
        foreach (var surname in r.First.Written)
        {
            bound += 1 + surname.Length + firstLength;
        }

        return bound;
    }

    private static void SurnamePlace(in BlockingFields r, int rule, ref KeySink keys)
    {
        if (r.Texts[0] is { } commune)
        {
            foreach (var code in r.First.Phonetic)
            {
                keys.Add(new BlockingKey.Builder(rule).Add(code).Add(commune).Value);
            }
        }
    }

    private static void NamesPhonetic(in BlockingFields r, int rule, ref KeySink keys)
    {
        foreach (var first in r.Second.TokenCodes)
        {
            foreach (var code in r.First.Phonetic)
            {
                keys.Add(new BlockingKey.Builder(rule).AddUnordered(code, first).Value);
            }
        }
    }

    private static void FirstNamePlace(in BlockingFields r, int rule, ref KeySink keys)
    {
        if (r.Texts[0] is { } commune)
        {
            foreach (var first in r.Second.TokenCodes)
            {
                keys.Add(new BlockingKey.Builder(rule).Add(first).Add(commune).Value);
            }
        }
    }

    private static void NamesYear(in BlockingFields r, int rule, ref KeySink keys)
    {
        var year = r.Numbers[0];
        if (year == 0)
        {
            return;
        }

        foreach (var first in r.Second.TokenCodes)
        {
            foreach (var code in r.First.Phonetic)
            {
                keys.Add(new BlockingKey.Builder(rule).AddUnordered(code, first).Add(year).Value);
            }
        }
    }

    private static void SurnameDate(in BlockingFields r, int rule, ref KeySink keys)
    {
        if (r.Numbers[0] == 0)
        {
            return;
        }

        foreach (var code in r.First.Phonetic)
        {
            keys.Add(Date(new BlockingKey.Builder(rule).Add(code), r.Numbers).Value);
        }
    }

    private static void FirstNameDate(in BlockingFields r, int rule, ref KeySink keys)
    {
        if (r.Numbers[0] == 0)
        {
            return;
        }

        foreach (var first in r.Second.TokenCodes)
        {
            keys.Add(Date(new BlockingKey.Builder(rule).Add(first), r.Numbers).Value);
        }
    }

    private static void DatePlace(in BlockingFields r, int rule, ref KeySink keys)
    {
        if (r.Numbers[0] != 0 && Place(r) is { } commune)
        {
            keys.Add(Date(new BlockingKey.Builder(rule), r.Numbers).Add(commune).Value);
        }
    }

    private static void NamesPlace(in BlockingFields r, int rule, ref KeySink keys)
    {
        if (Place(r) is not { } commune)
        {
            return;
        }

        foreach (var first in r.Second.TokenCodes)
        {
            foreach (var code in r.First.Phonetic)
            {
                keys.Add(new BlockingKey.Builder(rule).AddUnordered(code, first).Add(commune).Value);
            }
        }
    }

    private static void Names(in BlockingFields r, int rule, ref KeySink keys)
    {
        // The first main form and the first alternate form of the surname, each with each of the first first-name tokens.
        var tokens = r.Second.Tokens[..Math.Min(NameForms.CodedTokens, r.Second.Tokens.Length)];
        foreach (var first in tokens)
        {
            if (r.First.Primary.Length > 0)
            {
                keys.Add(new BlockingKey.Builder(rule).AddUnordered(r.First.Primary[0], first).Value);
            }

            if (r.First.Secondary.Length > 0)
            {
                keys.Add(new BlockingKey.Builder(rule).AddUnordered(r.First.Secondary[0], first).Value);
            }
        }
    }

    private static void PlaceYearMonth(in BlockingFields r, int rule, ref KeySink keys)
    {
        if (r.Numbers[0] != 0 && r.Numbers[1] != 0 && r.Texts[0] is { } commune)
        {
            keys.Add(new BlockingKey.Builder(rule).Add(commune).Add(r.Numbers[0]).Add(r.Numbers[1]).Value);
        }
    }

    /// <summary>
    /// The birth place <c>date-place</c> and <c>names-place</c> read: the commune (after its history) for a birth in
    /// France, the country for a birth abroad (a foreign town is spelt too many ways, and often left out, to block on;
    /// with a full date or two names beside it, a country is narrow enough). The other rules read the commune, which for
    /// a birth abroad is the country and the town.
    /// </summary>
    private static string? Place(in BlockingFields r) => r.Texts[2] is { } country && country != "FR" ? country : r.Texts[0];

    /// <summary>Adds the date's year, month and day (0 for an unknown part: a partial date meets the same partial date).</summary>
    private static BlockingKey.Builder Date(BlockingKey.Builder key, int[] numbers) => key.Add(numbers[0]).Add(numbers[1]).Add(numbers[2]);
}
