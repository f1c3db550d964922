using System.Globalization;
using Justice.Domain.Identity.Text;

namespace Justice.Domain.Identity.Matching;

/// <summary>
/// <i>Profil FEBRL</i>: the profile of the FEBRL benchmark. Fields: given name, surname, date of birth,
/// street number, address, suburb, postcode, state, social security id. Blocking: Soundex2(surname) + birth
/// year; Soundex2(given name) + date of birth; social security id; postcode + Soundex2(given name);
/// {surname, given name} unordered.
/// </summary>
public sealed class FebrlProfile
{
    private FebrlProfile()
    {
        Profile = new MatchProfile(
            "febrl",
            [
                new NameComparison("given_name", 1, 0),
                new NameComparison("surname", 0, 1),
                new DateComparison("date_of_birth", 0),
                new IdentifierComparison("street_number", 0),
                new TextComparison("address_1", 1),
                new TextComparison("suburb", 3),
                new IdentifierComparison("postcode", 4),
                new ExactComparison("state", 5, 0.9, 0.3),
                new IdentifierComparison("soc_sec_id", 6),
            ],
            [
                new BlockingRule("Soundex2(surname) + birth year", ["surname", "date_of_birth"]),
                new BlockingRule("Soundex2(given name) + date of birth", ["given_name", "date_of_birth"]),
                new BlockingRule("social security id", ["soc_sec_id"]),
                new BlockingRule("postcode + Soundex2(given name)", ["postcode", "given_name"]),
                new BlockingRule("{surname, given name} unordered", ["surname", "given_name"]),
            ]);
    }

    /// <summary>The FEBRL profile.</summary>
    public static FebrlProfile Default { get; } = new();

    /// <summary>The fields and blocking rules.</summary>
    public MatchProfile Profile { get; }

    /// <summary>Normalises a FEBRL record once for matching.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The prepared record.</returns>
    public PreparedRecord Prepare(FebrlRecord record)
    {
        Core.Guard.NotNull(record);
        var surname = Name(record.Surname);
        var given = Name(record.GivenName);
        var dob = TextFolding.Join(TextFolding.Fold(record.DateOfBirth));
        int year = 0, month = 0, day = 0;
        if (dob.Length == 8 && dob.All(char.IsAsciiDigit))
        {
            year = int.Parse(dob.AsSpan(0, 4), CultureInfo.InvariantCulture);
            month = int.Parse(dob.AsSpan(4, 2), CultureInfo.InvariantCulture);
            day = int.Parse(dob.AsSpan(6, 2), CultureInfo.InvariantCulture);
        }

        var texts = new[]
        {
            Text(record.StreetNumber, join: true), Text(record.Address1, join: false), Text(record.Address2, join: false), Text(record.Suburb, join: false),
            Text(record.Postcode, join: true), Text(record.State, join: true), Text(record.SocialSecurityId, join: true),
        };
        var keys = new List<ulong>(8);
        var yearText = year == 0 ? null : year.ToString(CultureInfo.InvariantCulture);
        var sp = surname.Phonetic.Length > 0 ? surname.Phonetic[0] : null;
        var gp = given.Phonetic.Length > 0 ? given.Phonetic[0] : null;
        if (yearText is not null && sp is not null)
        {
            keys.Add(BlockingKey.Of(1, sp, yearText));
        }

        if (year != 0 && gp is not null)
        {
            keys.Add(BlockingKey.Of(2, gp, dob));
        }

        if (texts[6] is not null)
        {
            keys.Add(BlockingKey.Of(3, texts[6]));
        }

        if (texts[4] is not null && gp is not null)
        {
            keys.Add(BlockingKey.Of(4, texts[4], gp));
        }

        if (surname.Primary.Length > 0 && given.Primary.Length > 0)
        {
            string s = surname.Primary[0], g = given.Primary[0];
            keys.Add(string.CompareOrdinal(s, g) <= 0 ? BlockingKey.Of(5, s, g) : BlockingKey.Of(5, g, s));
        }

        return new PreparedRecord(record.Id, [surname, given], texts, [year, month, day], keys.Distinct().ToArray());
    }

    private static NameForms Name(string? value)
    {
        var folded = TextFolding.Fold(value);
        return folded.Length == 0 ? NameForms.Missing : NameForms.Create([TextFolding.Join(folded)], [], folded.Split(' '));
    }

    private static string? Text(string? value, bool join)
    {
        var folded = TextFolding.Fold(value);
        return folded.Length == 0 ? null : string.Intern(join ? TextFolding.Join(folded) : folded);
    }
}
