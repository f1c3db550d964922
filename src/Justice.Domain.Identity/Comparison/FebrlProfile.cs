using System.Globalization;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Text;

namespace Justice.Domain.Identity.Comparison;

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
                new BlockingRule("surname-year", "Soundex2(surname) + birth year", ["surname", "date_of_birth"], SurnameYear),
                new BlockingRule("given-name-date", "Soundex2(given name) + date of birth", ["given_name", "date_of_birth"], GivenNameDate),
                new BlockingRule("soc-sec-id", "social security id", ["soc_sec_id"], SocialSecurityId),
                new BlockingRule("postcode-given-name", "postcode + Soundex2(given name)", ["postcode", "given_name"], PostcodeGivenName),
                new BlockingRule("names", "{surname, given name} unordered", ["surname", "given_name"], Names),
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
        int[] numbers = [year, month, day];
        var fields = new BlockingFields(surname, given, texts, numbers);
        var keys = new ulong[Profile.KeyCapacity(fields)];
        var count = Profile.WriteKeys(fields, keys);
        return new PreparedRecord(record.Id, [surname, given], texts, numbers, keys[..count]);
    }

    // Name slot 0 is the surname, slot 1 the given name; texts: street number, address 1 and 2, suburb, postcode,
    // state, social security id; numbers: year, month, day of birth.
    private static void SurnameYear(in BlockingFields r, int rule, ref KeySink keys)
    {
        if (r.Numbers[0] != 0 && r.First.Phonetic.Length > 0)
        {
            keys.Add(new BlockingKey.Builder(rule).Add(r.First.Phonetic[0]).Add(r.Numbers[0]).Value);
        }
    }

    private static void GivenNameDate(in BlockingFields r, int rule, ref KeySink keys)
    {
        if (r.Numbers[0] != 0 && r.Second.Phonetic.Length > 0)
        {
            keys.Add(new BlockingKey.Builder(rule).Add(r.Second.Phonetic[0]).Add(r.Numbers[0]).Add(r.Numbers[1]).Add(r.Numbers[2]).Value);
        }
    }

    private static void SocialSecurityId(in BlockingFields r, int rule, ref KeySink keys)
    {
        if (r.Texts[6] is { } id)
        {
            keys.Add(new BlockingKey.Builder(rule).Add(id).Value);
        }
    }

    private static void PostcodeGivenName(in BlockingFields r, int rule, ref KeySink keys)
    {
        if (r.Texts[4] is { } postcode && r.Second.Phonetic.Length > 0)
        {
            keys.Add(new BlockingKey.Builder(rule).Add(postcode).Add(r.Second.Phonetic[0]).Value);
        }
    }

    private static void Names(in BlockingFields r, int rule, ref KeySink keys)
    {
        if (r.First.Primary.Length > 0 && r.Second.Primary.Length > 0)
        {
            keys.Add(new BlockingKey.Builder(rule).AddUnordered(r.First.Primary[0], r.Second.Primary[0]).Value);
        }
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
