using FsCheck.Xunit;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Synthetic;
using static Justice.Domain.Identity.Tests.People;

namespace Justice.Domain.Identity.Tests.Comparison;

public sealed class CivilStatusPreparerTests
{
    private static readonly CivilStatusProfile Profile = CivilStatusProfile.Default;

    // Fragments chosen for the normalizer's rules: accents and ligatures, particles, placeholders, ST/STE, separators,
    // Soundex2 prefixes, digits, letters-free values. Few enough that a batch repeats values (cache hits).
    private static readonly Gen<string?> Fragment = Gen.Elements<string?>(
        null, "", "  ", "Dupont", "DUPONT", "dupond", "de La Fontaine", "D'Artagnan", "Jean-Pierre", "jean pierre", "St Exupéry",
        "Ste Marie", "Œuvrard", "Inconnu", "SNP", "X", "xxx", "Sans Nom", "Le", "de", "Ben Aïssa", "El", "Mac Donald", "Schmitt",
        "Ægir", "Ĳssel", "Müller-Lüdenscheidt", "O'Neil", "Guigue", "Q", "123", "---", "Zoé", "Éloïse", "ST", "Van der Berg", "Y",
        "Knapp", "Phan", "Asaël", "Ma", "Marie-Ève", "Jean", "Pierre");

    private static readonly Gen<string?> Name = Gen.OneOf(Fragment, Fragment.Zip(Fragment).Select(p => (string?)(p.Item1 + " " + p.Item2)));

    private static readonly Gen<string[]> Names = Gen.Choose(0, 4).SelectMany(n => Name.ArrayOf(n)).Select(a => (string[])a!);

    /// <summary>Random records built from the fragments, with partial, missing and foreign birth data.</summary>
    internal static readonly Gen<PersonRecord> Record =
        from birth in Name
        from usage in Gen.OneOf(Gen.Constant<string?>(null), Name)
        from aliases in Gen.OneOf(Gen.Constant(Array.Empty<string>()), Names)
        from first in Names
        from date in Gen.OneOf(
            Gen.Constant<PartialDate?>(null),
            from y in Gen.Elements(1950, 1951, 1970, 2001)
            from m in Gen.Elements(0, 1, 3, 12)
            from d in Gen.Elements(0, 1, 12, 28)
            select (PartialDate?)new PartialDate(y, m, m == 0 ? 0 : d))
        from code in Gen.Elements<string?>(null, "", "75056", "75115", "2A004", "20004", "20999", "97411", "99352", "99100", " 13055 ", "2b033", "12345", "1", "ab")
        from commune in Gen.Elements<string?>(null, "", "Paris", "Saint-Étienne", "Alger", "??")
        from country in Gen.Elements<string?>(null, "", "FR", "99100", "99352", " 99134 ", "fr")
        from sex in Gen.Elements(Sex.Unknown, Sex.Male, Sex.Female)
        select new PersonRecord("r")
        {
            BirthSurname = birth,
            UsageSurname = usage,
            Aliases = aliases,
            FirstNames = first,
            BirthDate = date,
            BirthCommuneCode = code,
            BirthCommuneName = commune,
            BirthCountryCode = country,
            Sex = sex,
        };

    // A row of the CSV schema, column by column: names from the fragments above (lists joined with their separators,
    // empty items included), and malformed values for the checked columns; sometimes a short row.
    private static readonly Gen<string?[]> Row = RowOf(Name);

    // Three names only: a row and a record with the same names in other columns (birth and usage swapped, a name as
    // an alias or a first name) meet often in one batch, so a key that confused the columns would be caught.
    private static readonly Gen<string?[]> FewNamesRow = RowOf(Gen.Elements<string?>(null, "Dupont", "Jean Martin"));

    private static Gen<string?[]> RowOf(Gen<string?> name) =>
        from id in Gen.Elements<string?>(null, "", " ", "r1", " r2 ")
        from civility in Gen.Elements<string?>(null, "M.", "Mme")
        from birth in name
        from usage in Gen.OneOf(Gen.Constant<string?>(null), name)
        from first in Gen.Choose(0, 3).SelectMany(n => name.ArrayOf(n)).Select(n => (string?)string.Join(", ", n))
        from aliases in Gen.OneOf(Gen.Constant<string?>(null), Gen.Constant<string?>(" ; "), Gen.Choose(0, 3).SelectMany(n => name.ArrayOf(n)).Select(n => (string?)string.Join(";", n)))
        from sex in Gen.Elements<string?>(null, "", "M", "m", " h ", "F", "f", "Z", "ı")
        from date in Gen.Elements<string?>(null, "", "1970-03-12", "19700312", " 1970-00-00 ", "1970-03-00", "1970-13-01", "1972-02-29", "1951-12-28")
        from death in Gen.Elements<string?>(null, "", "2001-01-01", "2001-02-30")
        from code in Gen.Elements<string?>(null, "", "75056", "75115", "2a004", "2B033", "20004", "7505", "99134", " 99100 ", "12345", "ab", "97411")
        from commune in Gen.Elements<string?>(null, "", "Paris", " Saint-Étienne ", "Alger", "??")
        from country in Gen.Elements<string?>(null, "", "FR", "fr", "99100", "99352", " 99134 ", "FRA")
        from countryName in Gen.Elements<string?>(null, "Algérie")
        from nationality in Gen.Elements<string?>(null, "", "FR", "fr", "FRA", "ıt")
        from length in Gen.Frequency((1, Gen.Choose(0, 13)), (9, Gen.Constant(14)))
        select new[] { id, civility, birth, usage, first, aliases, sex, date, death, code, commune, country, countryName, nationality }[..length];

    [Property]
    public Property PrepareRow_RandomRows_SameErrorsIdAndRecordAsReadRowThenPrepare()
    {
        // One preparer for both paths and every batch: each path reads values the other cached, under the same keys.
        var preparer = new CivilStatusPreparer(Profile);
        return Prop.ForAll(Gen.OneOf(Row, FewNamesRow).ArrayOf().ToArbitrary(), rows =>
        {
            for (var r = 0; r < rows.Length; r++)
            {
                var (text, ranges) = Records.PersonRecordReaderFastTests.Layout(rows[r]);
                var expectedErrors = new List<RecordError>();
                var expectedFlags = new List<RecordFlag>();
                var record = PersonRecordReader.ReadRow(text, ranges, r + 2, null, expectedErrors, out var expectedId, expectedFlags);
                var errors = new List<RecordError>();
                var flags = new List<RecordFlag>();
                var prepared = preparer.PrepareRow(text, ranges, r + 2, errors, out var id, flags);

                Assert.Equal(expectedId, id);
                Assert.Equal(expectedErrors, errors);
                Assert.Equal(expectedFlags, flags);
                Assert.Equal(record is null, prepared is null);
                if (record is not null)
                {
                    AssertSame(Profile.Prepare(record), prepared!);

                    // The same names in other columns, through the record path.
                    var swapped = record with { BirthSurname = record.UsageSurname, UsageSurname = record.BirthSurname, Aliases = record.FirstNames, FirstNames = record.Aliases };
                    AssertSame(Profile.Prepare(swapped), preparer.Prepare(swapped));
                    AssertSame(Profile.Prepare(record), preparer.Prepare(record));
                }
            }
        });
    }

    [Fact]
    public void PrepareRow_RangeOutsideTheText_ThrowsNamingTheField()
    {
        var preparer = new CivilStatusPreparer(Profile);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => preparer.PrepareRow("abc", [0..1, 2..5], 2, new List<RecordError>(), out _));
        Assert.Equal("fields", error.ParamName);
        Assert.Throws<ArgumentNullException>(() => preparer.PrepareRow("abc", [0..1], 2, null!, out _));
    }

    [Property]
    public Property Prepare_RandomRecords_SameAsReference()
    {
        // One preparer for every batch: later batches read values cached by earlier ones.
        var preparer = new CivilStatusPreparer(Profile);
        return Prop.ForAll(Record.ArrayOf().ToArbitrary(), batch =>
        {
            foreach (var record in batch)
            {
                var expected = Profile.PrepareReference(record);
                AssertSame(expected, Profile.Prepare(record));
                AssertSame(expected, preparer.Prepare(record));
            }
        });
    }

    [Fact]
    public void Prepare_SyntheticRecordsInParallel_SameAsReference()
    {
        var records = new SyntheticGenerator().Generate(20_000, 11).Records();
        var preparer = new CivilStatusPreparer(Profile);
        var prepared = new PreparedRecord[records.Count];
        Parallel.For(0, records.Count, i => prepared[i] = preparer.Prepare(records[i]));
        for (var i = 0; i < records.Count; i++)
        {
            var expected = Profile.PrepareReference(records[i]);
            AssertSame(expected, prepared[i]);
            AssertSame(expected, Profile.Prepare(records[i]));
        }

        // Records share their surname fields: at most one instance per distinct birth surname, usage surname and aliases.
        var surnames = new HashSet<NameForms>(prepared.Select(p => p.Name(0)), ReferenceEqualityComparer.Instance);
        var texts = records.Select(r => string.Join('\u0001', [r.BirthSurname, r.UsageSurname, .. r.Aliases])).Distinct(StringComparer.Ordinal).Count();
        Assert.InRange(surnames.Count, 1, texts);
        Assert.True(surnames.Count < records.Count * 2 / 3);
        Assert.True(preparer.CachedValues > surnames.Count);
    }

    [Fact]
    public void Prepare_RepeatedValues_SharesPreparedValues()
    {
        var preparer = new CivilStatusPreparer(Profile);
        var a = preparer.Prepare(Person("a", "Dupont", "Jean", "1970-03-12"));
        var b = preparer.Prepare(Person("b", "Dupont", "Jean", "1970-03-12", sex: Sex.Female));
        var c = preparer.Prepare(Person("c", "DUPONT", "Paul,Jean", "1970-03-12"));

        Assert.Same(a.Name(0), b.Name(0));
        Assert.Same(a.Name(1), b.Name(1));
        Assert.Same(a.Numbers, b.Numbers);
        Assert.NotSame(a.Texts, b.Texts);
        Assert.Equal("F", b.Texts[3]);

        // Another spelling of the same surname: another field with the same forms; a raw first name met again in
        // another list gives the same strings.
        Assert.NotSame(a.Name(0), c.Name(0));
        Assert.Equal(a.Name(0).Primary.ToArray(), c.Name(0).Primary.ToArray());
        Assert.Same(a.Name(1).Tokens[0], c.Name(1).Tokens[1]);
    }

    [Fact]
    public void Prepare_SingleRecords_KeepsNothingBetweenCalls()
    {
        var a = Profile.Prepare(Person("a", "Dupont", "Jean", "1970-03-12"));
        var b = Profile.Prepare(Person("b", "Dupont", "Jean", "1970-03-12"));

        Assert.NotSame(a.Name(0), b.Name(0));
        Assert.Equal(a.Name(0).Primary.ToArray(), b.Name(0).Primary.ToArray());
    }

    [Fact]
    public void Prepare_NullListsReadAsEmpty_NullRecordThrows()
    {
        var preparer = new CivilStatusPreparer(Profile);
        var expected = Profile.Prepare(new PersonRecord("a") { BirthSurname = "Dupont" });

        AssertSame(expected, preparer.Prepare(new PersonRecord("a") { BirthSurname = "Dupont", FirstNames = null!, Aliases = null! }));
        AssertSame(expected, Profile.Prepare(new PersonRecord("a") { BirthSurname = "Dupont", Aliases = null! }));
        Assert.Throws<ArgumentNullException>(() => preparer.Prepare(null!));
        Assert.Throws<ArgumentNullException>(() => new CivilStatusPreparer(null!));
    }

    /// <summary>Asserts that two prepared records hold the same forms, texts, numbers and keys.</summary>
    internal static void AssertSame(PreparedRecord expected, PreparedRecord actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.NameSlots, actual.NameSlots);
        for (var i = 0; i < expected.NameSlots; i++)
        {
            NameForms x = expected.Name(i), y = actual.Name(i);
            Assert.Equal(x.Primary.ToArray(), y.Primary.ToArray(), StringComparer.Ordinal);
            Assert.Equal(x.Secondary.ToArray(), y.Secondary.ToArray(), StringComparer.Ordinal);
            Assert.Equal(x.Tokens.ToArray(), y.Tokens.ToArray(), StringComparer.Ordinal);
            Assert.Equal(x.Phonetic.ToArray(), y.Phonetic.ToArray(), StringComparer.Ordinal);
            Assert.Equal(x.TokenCodes.ToArray(), y.TokenCodes.ToArray(), StringComparer.Ordinal);
            Assert.Equal(x.IsMissing, y.IsMissing);
        }

        Assert.Equal(expected.Texts, actual.Texts, StringComparer.Ordinal);
        Assert.Equal(expected.Numbers, actual.Numbers);
        Assert.Equal(expected.BlockingKeys.ToArray(), actual.BlockingKeys.ToArray());
    }
}
