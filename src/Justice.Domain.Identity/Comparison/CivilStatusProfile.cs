using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Places;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Text;

namespace Justice.Domain.Identity.Comparison;

/// <summary>
/// <i>Profil état civil</i>: French civil-status matching. Fields: surname (birth name; usage name and aliases
/// as alternates), first names, birth date, birth place (INSEE commune through history, department, foreign
/// country), sex. Blocking: fourteen rules, each reading two or three of the four identifying fields, so that a pair with
/// any one field missing or wrong still shares a key (the rules and what each survives: <c>CivilStatusBlockingRules</c>,
/// listed in docs/identity/index.md).
/// </summary>
public sealed class CivilStatusProfile
{
    private const int Surname = 0;
    private const int FirstName = 1;
    private const int SexSlot = 3;
    private readonly FrenchNameNormalizer normalizer;
    private readonly CommuneDirectory communes;
    private readonly CivilStatusPreparer single;
    private readonly ulong? preparedStamp;

    /// <summary>Creates the profile with a name normalizer and a commune directory, with every blocking rule.</summary>
    /// <param name="normalizer">The name normalizer (particles, placeholders).</param>
    /// <param name="communes">The INSEE commune directory.</param>
    public CivilStatusProfile(FrenchNameNormalizer normalizer, CommuneDirectory communes)
        : this(normalizer, communes, nameEditRules: true)
    {
    }

    /// <summary>Creates the profile with a name normalizer and a commune directory, with or without the four edit blocking rules.</summary>
    /// <param name="normalizer">The name normalizer (particles, placeholders).</param>
    /// <param name="communes">The INSEE commune directory.</param>
    /// <param name="nameEditRules">
    /// Whether the blocking rules include the four edit rules, <c>name-edit-place</c>, <c>name-edit-year</c>,
    /// <c>surname-edit-place</c> and <c>surname-edit-year</c>, which meet a typo that changes a name's sound (the
    /// <c>surname-edit</c> ones also when the first names differ too). They raise the recall ceiling (0.989 to 0.997 on
    /// the project's generator, 0.961 to 0.982 on held-out set B) and cost about forty more keys per record: at a million
    /// records, about twice the time and the memory of a bulk deduplication, and several times the memory of an
    /// in-memory index (docs/benchmarks.md). True by default, so that fewer true pairs are lost; a bulk run or an index
    /// over millions of records where memory counts more may leave them out.
    /// </param>
    public CivilStatusProfile(FrenchNameNormalizer normalizer, CommuneDirectory communes, bool nameEditRules)
    {
        NameEditRules = nameEditRules;
        this.normalizer = Core.Guard.NotNull(normalizer);
        this.communes = Core.Guard.NotNull(communes);
        Profile = new MatchProfile(
            "civil-status",
            [
                new NameComparison("surname", Surname, FirstName),
                new NameComparison("first_names", FirstName, Surname) { VetoLevels = [NameComparison.LevelNames.Length - 1], SexSlot = SexSlot },
                new DateComparison("birth_date", 0) { VetoLevels = DateComparison.OtherDateLevels },
                new PlaceComparison("birth_place", 0),
                new ExactComparison("sex", SexSlot, 0.98, 0.5),
            ],
            nameEditRules ? CivilStatusBlockingRules.All : CivilStatusBlockingRules.WithoutNameEdits);
        single = new CivilStatusPreparer(normalizer, communes, Profile, caching: false);
        preparedStamp = ReferenceEquals(normalizer, FrenchNameNormalizer.Default) && ReferenceEquals(communes, CommuneDirectory.Default)
            ? BlockingKey.HashOf(string.Join('|', PreparedRecordCodec.Format, typeof(CivilStatusProfile).Assembly.ManifestModule.ModuleVersionId, Profile.Name, string.Join(',', Profile.BlockingRules.Select(r => r.Name))), -1)
            : null;
    }

    /// <summary>The identifying fields: those a source may leave out or get wrong, each of which the blocking rules must survive losing.</summary>
    public static IReadOnlyList<string> IdentifyingFields { get; } =
        [CivilStatusBlockingRules.Surname, CivilStatusBlockingRules.FirstNames, CivilStatusBlockingRules.BirthDate, CivilStatusBlockingRules.BirthPlace];

    /// <summary>The record with one identifying field emptied (the surname with the usage name and aliases; the birth place with its codes and name).</summary>
    /// <param name="record">The record.</param>
    /// <param name="field">One of <see cref="IdentifyingFields"/>.</param>
    /// <returns>The record without that field.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The field is not an identifying field.</exception>
    public static PersonRecord WithoutField(PersonRecord record, string field)
    {
        Core.Guard.NotNull(record);
        return field switch
        {
            CivilStatusBlockingRules.Surname => record with { BirthSurname = null, UsageSurname = null, Aliases = [] },
            CivilStatusBlockingRules.FirstNames => record with { FirstNames = [] },
            CivilStatusBlockingRules.BirthDate => record with { BirthDate = null },
            CivilStatusBlockingRules.BirthPlace => record with { BirthCommuneCode = null, BirthCommuneName = null, BirthCountryCode = null, BirthCountryName = null },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "expected one of: " + string.Join(", ", IdentifyingFields)),
        };
    }

    /// <summary>The profile with the default normalizer and the embedded commune directory.</summary>
    public static CivilStatusProfile Default { get; } = new(FrenchNameNormalizer.Default, CommuneDirectory.Default);

    /// <summary>The default profile without the four edit blocking rules, for bulk runs where their cost outweighs their recall.</summary>
    public static CivilStatusProfile WithoutNameEditRules { get; } = new(FrenchNameNormalizer.Default, CommuneDirectory.Default, nameEditRules: false);

    /// <summary>Whether the blocking rules include the four edit rules (<c>name-edit-*</c>, <c>surname-edit-*</c>).</summary>
    public bool NameEditRules { get; }

    /// <summary>The fields and blocking rules.</summary>
    public MatchProfile Profile { get; }

    /// <summary>
    /// Normalises a record once for matching. O(length of the record). Keeps nothing between calls: to prepare
    /// many records, a <see cref="CivilStatusPreparer"/> normalises each distinct value once and gives the same result.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The prepared record.</returns>
    public PreparedRecord Prepare(PersonRecord record) => single.Prepare(record);

    /// <summary>
    /// The binary form of a record this profile prepared, so that a store or a partition keeps it and reads it back
    /// with <see cref="TryReadPrepared"/> instead of preparing the record again. The form is stamped with what prepared
    /// it: this build of the package, the profile's blocking rules, the default normalizer and commune directory. A
    /// profile built on another normalizer or directory has no portable form (their content is not stamped) and
    /// returns null.
    /// </summary>
    /// <param name="record">A record this profile prepared.</param>
    /// <returns>The form, or null when the profile has none.</returns>
    public byte[]? WritePrepared(PreparedRecord record)
    {
        Core.Guard.NotNull(record);
        return preparedStamp is { } stamp ? PreparedRecordCodec.Encode(record, stamp) : null;
    }

    /// <summary>
    /// Reads a form <see cref="WritePrepared"/> wrote, and computes its blocking keys from its fields as preparation
    /// does. False, and no exception, when the form is empty, malformed, or stamped by another build, rules or profile:
    /// the record's document is then the one to prepare, and it gives what the form would have given. O(form length +
    /// keys).
    /// </summary>
    /// <param name="form">The form.</param>
    /// <param name="record">The prepared record, when read.</param>
    /// <returns>Whether the form was read.</returns>
    public bool TryReadPrepared(ReadOnlySpan<byte> form, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PreparedRecord? record)
    {
        record = null;
        if (preparedStamp is not { } stamp || !PreparedRecordCodec.TryDecode(form, stamp, out var id, out var names, out var texts, out var numbers)
            || names.Length != 2 || texts.Length != 4 || numbers.Length != 3)
        {
            return false;
        }

        record = WithKeys(id, names[0], names[1], texts, numbers);
        return true;
    }

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

        var texts = new[] { place.Commune, place.Department, place.Country, sex };
        int[] numbers = [date.Year, date.Month, date.Day];
        return WithKeys(record.Id, surname, firstNames, texts, numbers);
    }

    /// <summary>The prepared record of these fields, with the blocking keys the profile's rules compute from them.</summary>
    private PreparedRecord WithKeys(string id, NameForms surname, NameForms firstNames, string?[] texts, int[] numbers)
    {
        var fields = new BlockingFields(surname, firstNames, texts, numbers);
        var keys = new ulong[Profile.KeyCapacity(fields)];
        var count = Profile.WriteKeys(fields, keys);
        return new PreparedRecord(id, [surname, firstNames], texts, numbers, keys[..count]);
    }
}
