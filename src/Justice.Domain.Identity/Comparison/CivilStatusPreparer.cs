using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Places;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Text;

namespace Justice.Domain.Identity.Comparison;

/// <summary>
/// <i>Préparation en masse</i>: prepares many records for the civil-status profile, each distinct value normalised
/// once. The same surnames, first names, birth places and birth dates recur across a referential (on one million
/// synthetic records: 148,389 distinct raw names, 171,517 distinct surname fields, 338,972 distinct first-name lists,
/// 32,411 distinct places, 35,291 distinct dates), so the preparer remembers, for the whole run, each raw name's
/// folded forms and Soundex2 codes, each surname field's and first-name list's prepared forms, each birth place's
/// resolution and each date's parts and key texts. Records that share a raw value share its prepared arrays and
/// strings: one copy per run, where the reference path interned every form in <see cref="string.Intern"/>'s
/// process-wide table (locked, and never freed). The prepared records are exactly those of
/// <see cref="CivilStatusProfile.Prepare"/> (a tested property).
/// </summary>
/// <remarks>
/// <para><b>From the text.</b> <see cref="PrepareRow"/> checks and prepares a row of the identity CSV schema straight
/// from its text, without the intermediate <see cref="PersonRecord"/>: the tables are keyed by the raw values' text,
/// so both paths share what they remember.</para>
/// <para><b>Thread safety.</b> <see cref="Prepare"/> and <see cref="PrepareRow"/> may be called from any number of threads at once. Each table is
/// split into 256 stripes by hash, each a plain dictionary behind its own lock, held only for one look-up or one insert
/// (never while a value is computed). Two threads that meet the same new value both compute it, and the first one
/// stored is kept.</para>
/// <para><b>Memory and lifetime.</b> The tables grow with the number of distinct values seen and are never trimmed
/// (about 100 MB for the million-record file above). Create one preparer per run or batch and drop it when the batch
/// is prepared: the prepared records keep only the values they use. A long-running service that prepares single
/// queries should call <see cref="CivilStatusProfile.Prepare"/>, which keeps nothing.</para>
/// </remarks>
public sealed class CivilStatusPreparer
{
    private const string Male = "M";
    private const string Female = "F";
    private const int KeySlabLength = 8192;

    /// <summary>The keys a record may write on the stack before the preparer takes them from the heap (4 KB).</summary>
    private const int StackKeys = 512;

    // Key texts up to this length are built on the stack (a surname field with its aliases is rarely longer).
    private const int KeyChars = 256;
    [ThreadStatic]
    private static ulong[]? keySlab;
    [ThreadStatic]
    private static int keySlabUsed;
    private readonly FrenchNameNormalizer normalizer;
    private readonly CommuneDirectory communes;
    private readonly MatchProfile profile;
    private readonly StripedTable<TextKey, NameEntry>? names;
    private readonly StripedTable<string, NameForms>? surnames;
    private readonly StripedTable<string, NameForms>? firstNames;
    private readonly StripedTable<string, PlaceEntry>? places;
    private readonly StripedTable<PartialDate, DateEntry>? dates;

    /// <summary>Creates a preparer for <paramref name="profile"/>, with empty tables.</summary>
    /// <param name="profile">The civil-status profile (its name normalizer and commune directory).</param>
    public CivilStatusPreparer(CivilStatusProfile profile)
        : this(Core.Guard.NotNull(profile).Normalizer, profile.Communes, profile.Profile, caching: true)
    {
    }

    /// <summary>Creates a preparer; without <paramref name="caching"/> it keeps nothing (single records).</summary>
    internal CivilStatusPreparer(FrenchNameNormalizer normalizer, CommuneDirectory communes, MatchProfile profile, bool caching)
    {
        this.normalizer = normalizer;
        this.communes = communes;
        this.profile = profile;
        if (caching)
        {
            names = new(TextKey.Comparer);
            surnames = new(StringComparer.Ordinal);
            firstNames = new(StringComparer.Ordinal);
            places = new(StringComparer.Ordinal);
            dates = new(EqualityComparer<PartialDate>.Default);
        }
    }

    /// <summary>The number of distinct values remembered (raw names, surname fields, first-name lists, places, dates).</summary>
    /// <remarks>Takes every table's locks: call it between batches, not per record.</remarks>
    public long CachedValues =>
        (long)(names?.Count ?? 0) + (surnames?.Count ?? 0)
        + (firstNames?.Count ?? 0) + (places?.Count ?? 0) + (dates?.Count ?? 0);

    /// <summary>
    /// Prepares a record: the same result as <see cref="CivilStatusProfile.Prepare"/>. O(length of the record) for
    /// values not seen before; for values already seen, one table look-up per field and the blocking keys.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The prepared record.</returns>
    public PreparedRecord Prepare(PersonRecord record)
    {
        Core.Guard.NotNull(record);
        var aliases = record.Aliases;
        var given = record.FirstNames;
        var surname = Surname(record.BirthSurname, record.UsageSurname, aliases);
        var first = FirstNames(given);
        var date = Date(record.BirthDate ?? default);
        var place = Place(record.BirthCommuneCode, record.BirthCommuneName, record.BirthCountryCode);
        return Assemble(record.Id, record.Sex, surname, first, date, place);
    }

    /// <summary>
    /// Checks and prepares one row of the identity CSV schema given as text and the ranges of its fields, without
    /// building a <see cref="PersonRecord"/>: the same errors and id as <see cref="PersonRecordReader.ReadRow"/>, and
    /// for a valid row the same prepared record as <see cref="Prepare"/> on the record it reads (a tested property).
    /// Values already seen cost one table look-up each and allocate nothing; only the id becomes a string. The
    /// duplicate-id check is the caller's, as with <see cref="PersonRecordReader.ReadRow"/>. O(length of the row).
    /// </summary>
    /// <param name="text">The text the ranges index (for example a row with its quotes removed).</param>
    /// <param name="fields">Each field's range in <paramref name="text"/>, in <see cref="PersonRecordReader.Columns"/> order.</param>
    /// <param name="line">The row's line number, for the errors.</param>
    /// <param name="errors">Receives the row's errors when it is rejected.</param>
    /// <param name="id">The row's id when it has one (even when the row is rejected for another field), else null.</param>
    /// <param name="flags">Receives the flags of a kept row's values (<see cref="RecordFlag"/>), or null to drop them.</param>
    /// <param name="asOf">The date of the run: birth and death dates after it are flagged; null to check nothing against a date.</param>
    /// <returns>The prepared record, or null when the row is rejected.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A range is outside <paramref name="text"/>.</exception>
    public PreparedRecord? PrepareRow(ReadOnlySpan<char> text, ReadOnlySpan<Range> fields, int line, ICollection<RecordError> errors, out string? id, ICollection<RecordFlag>? flags = null, NodaTime.LocalDate? asOf = null)
    {
        if (!PersonRecordReader.CheckRow(text, fields, line, errors, flags, asOf, out id, out var values))
        {
            return null;
        }

        var surname = Surname(PersonRecordReader.Field(text, fields, 2), PersonRecordReader.Field(text, fields, 3), PersonRecordReader.Field(text, fields, 5));
        var first = FirstNames(PersonRecordReader.Field(text, fields, 4));
        var date = Date(values.Birth ?? default);

        // The codes as the record keeps them, upper-cased (a kept code has 5 characters).
        Span<char> commune = stackalloc char[5];
        Span<char> country = stackalloc char[5];
        var communeText = values.CommuneCode ? PersonRecordReader.Field(text, fields, 9) : default;
        var countryText = values.CountryCode ? PersonRecordReader.Field(text, fields, 11) : default;
        communeText.ToUpperInvariant(commune);
        countryText.ToUpperInvariant(country);
        var place = Place(commune[..communeText.Length], PersonRecordReader.Field(text, fields, 10), country[..countryText.Length]);
        return Assemble(id!, values.Sex, surname, first, date, place);
    }

    /// <summary>The prepared record from its prepared fields.</summary>
    private PreparedRecord Assemble(string id, Sex sex, NameForms surname, NameForms first, DateEntry date, PlaceEntry place)
    {
        var texts = sex switch
        {
            Sex.Male => place.TextsMale,
            Sex.Female => place.TextsFemale,
            _ => place.TextsUnknown,
        };

        var fields = new BlockingFields(surname, first, texts, date.Numbers);
        var capacity = profile.KeyCapacity(fields);
        Span<ulong> keys = capacity <= StackKeys ? stackalloc ulong[StackKeys] : new ulong[capacity];
        keys = keys[..profile.WriteKeys(fields, keys)];
        if (names is null)
        {
            return new PreparedRecord(id, [surname, first], texts, date.Numbers, keys.ToArray());
        }

        var (slab, start) = Pack(keys);
        return new PreparedRecord(id, surname, first, texts, date.Numbers, slab, start, keys.Length);
    }

    /// <summary>
    /// Copies a record's blocking keys after those of the records this thread prepared before, in arrays of 8,192
    /// keys (64 KB, under the large-object threshold): a million records then hold about a thousand key arrays instead
    /// of a million, which the garbage collector visits at each full collection. A record keeps its array alive.
    /// </summary>
    private static (ulong[] Slab, int Start) Pack(ReadOnlySpan<ulong> keys)
    {
        var slab = keySlab;
        if (slab is null || slab.Length - keySlabUsed < keys.Length)
        {
            slab = keySlab = new ulong[Math.Max(KeySlabLength, keys.Length)];
            keySlabUsed = 0;
        }

        var start = keySlabUsed;
        keys.CopyTo(slab.AsSpan(start));
        keySlabUsed = start + keys.Length;
        return (slab, start);
    }

    /// <summary>Appends <paramref name="value"/> unless it is empty or already among the first <paramref name="count"/> items or in <paramref name="exclude"/>.</summary>
    private static void AddDistinct(string[] items, ref int count, string value, ReadOnlySpan<string> exclude = default)
    {
        if (value.Length > 0 && !items.AsSpan(0, count).Contains(value) && !exclude.Contains(value))
        {
            items[count++] = value;
        }
    }

    /// <summary>The first <paramref name="count"/> items (the array itself when full).</summary>
    private static string[] Trim(string[] items, int count) => count == items.Length ? items : count == 0 ? [] : items.AsSpan(0, count).ToArray();

    /// <summary>The surname field of a record, remembered by its raw values.</summary>
    private NameForms Surname(string? birthSurname, string? usageSurname, IReadOnlyList<string> aliases)
    {
        if (surnames is null)
        {
            return SurnameForms(birthSurname, usageSurname, aliases);
        }

        var key = new KeyText(stackalloc char[KeyChars]);
        try
        {
            key.Append(birthSurname);
            key.Append(usageSurname);
            key.AppendCount(aliases.Count);
            foreach (var alias in aliases)
            {
                key.Append(alias);
            }

            return surnames.TryGetValue(key.Text, out var cached)
                ? cached
                : Remember(surnames, key.Text, SurnameForms(birthSurname, usageSurname, aliases));
        }
        finally
        {
            key.Dispose();
        }
    }

    /// <summary>The surname field of a row (trimmed fields; the aliases field as written), under the same key as the record it reads.</summary>
    private NameForms Surname(ReadOnlySpan<char> birthSurname, ReadOnlySpan<char> usageSurname, ReadOnlySpan<char> aliases)
    {
        if (surnames is null)
        {
            return SurnameForms(Text(birthSurname), Text(usageSurname), Items(aliases, ';'));
        }

        var key = new KeyText(stackalloc char[KeyChars]);
        try
        {
            AppendText(ref key, birthSurname);
            AppendText(ref key, usageSurname);
            AppendItems(ref key, aliases, ';');
            return surnames.TryGetValue(key.Text, out var cached)
                ? cached
                : Remember(surnames, key.Text, SurnameForms(Text(birthSurname), Text(usageSurname), Items(aliases, ';')));
        }
        finally
        {
            key.Dispose();
        }
    }

    /// <summary>The surname field: birth name (or the usage name when the birth name is missing), usage name and aliases as alternates.</summary>
    private NameForms SurnameForms(string? birthSurname, string? usageSurname, IReadOnlyList<string> aliases)
    {
        var birth = Name(birthSurname);
        var usage = Name(usageSurname);
        if (birth.IsMissing && !usage.IsMissing)
        {
            (birth, usage) = (usage, NameEntry.Missing);
        }

        // Each form is the Full or WithoutParticles of an entry, so its Soundex2 code is the entry's.
        var primary = new string[2];
        var primaryCodes = new string[2];
        var p = 0;
        Add(primary, primaryCodes, ref p, birth.Full, birth.FullCode, default);
        Add(primary, primaryCodes, ref p, birth.WithoutParticles, birth.StrippedCode, default);
        var secondary = new string[2 + (2 * aliases.Count)];
        var secondaryCodes = new string[secondary.Length];
        var s = 0;
        Add(secondary, secondaryCodes, ref s, usage.Full, usage.FullCode, primary.AsSpan(0, p));
        Add(secondary, secondaryCodes, ref s, usage.WithoutParticles, usage.StrippedCode, primary.AsSpan(0, p));
        foreach (var alias in aliases)
        {
            var entry = Name(alias);
            Add(secondary, secondaryCodes, ref s, entry.Full, entry.FullCode, primary.AsSpan(0, p));
            Add(secondary, secondaryCodes, ref s, entry.WithoutParticles, entry.StrippedCode, primary.AsSpan(0, p));
        }

        NameForms forms;
        if (p == 0 && s == 0)
        {
            forms = NameForms.Missing;
        }
        else
        {
            var tokens = new string[birth.Tokens.Length + usage.Tokens.Length];
            var t = 0;
            foreach (var token in birth.Tokens)
            {
                AddDistinct(tokens, ref t, token);
            }

            foreach (var token in usage.Tokens)
            {
                AddDistinct(tokens, ref t, token);
            }

            var phonetic = new string[p + s];
            var c = 0;
            for (var i = 0; i < p; i++)
            {
                AddDistinct(phonetic, ref c, primaryCodes[i]);
            }

            for (var i = 0; i < s; i++)
            {
                AddDistinct(phonetic, ref c, secondaryCodes[i]);
            }

            forms = new NameForms(Trim(primary, p), Trim(secondary, s), Trim(tokens, t), Trim(phonetic, c));
        }

        return forms;

        static void Add(string[] forms, string[] codes, ref int count, string form, string code, ReadOnlySpan<string> exclude)
        {
            var before = count;
            AddDistinct(forms, ref count, form, exclude);
            if (count > before)
            {
                codes[before] = code;
            }
        }
    }

    /// <summary>The first-name field of a record, remembered by its raw names.</summary>
    private NameForms FirstNames(IReadOnlyList<string> given)
    {
        if (firstNames is null)
        {
            return FirstNameForms(given);
        }

        var key = new KeyText(stackalloc char[KeyChars]);
        try
        {
            key.AppendCount(given.Count);
            foreach (var name in given)
            {
                key.Append(name);
            }

            return firstNames.TryGetValue(key.Text, out var cached) ? cached : Remember(firstNames, key.Text, FirstNameForms(given));
        }
        finally
        {
            key.Dispose();
        }
    }

    /// <summary>The first-name field of a row (the field as written), under the same key as the record it reads.</summary>
    private NameForms FirstNames(ReadOnlySpan<char> given)
    {
        if (firstNames is null)
        {
            return FirstNameForms(Items(given, ','));
        }

        var key = new KeyText(stackalloc char[KeyChars]);
        try
        {
            AppendItems(ref key, given, ',');
            return firstNames.TryGetValue(key.Text, out var cached) ? cached : Remember(firstNames, key.Text, FirstNameForms(Items(given, ',')));
        }
        finally
        {
            key.Dispose();
        }
    }

    /// <summary>The first-name field: the first first name and all of them joined, with every token.</summary>
    private NameForms FirstNameForms(IReadOnlyList<string> given)
    {
        NameEntry? first = null;
        string? joined = null;
        var tokenCount = 0;
        foreach (var raw in given)
        {
            var entry = Name(raw);
            if (!entry.IsMissing)
            {
                first ??= entry;
                joined = joined is null ? entry.Full : joined + entry.Full;
                tokenCount += entry.Tokens.Length;
            }
        }

        NameForms forms;
        if (first is null)
        {
            forms = NameForms.Missing;
        }
        else
        {
            var tokens = new string[tokenCount];
            var t = 0;
            foreach (var raw in given)
            {
                foreach (var token in Name(raw).Tokens)
                {
                    AddDistinct(tokens, ref t, token);
                }
            }

            // The first first name, then all of them joined (the same form when there is one).
            string[] primary, phonetic;
            if (string.Equals(joined, first.Full))
            {
                primary = [first.Full];
                phonetic = first.FullCode.Length == 0 ? [] : [first.FullCode];
            }
            else
            {
                primary = [first.Full, joined!];
                var code = Code(joined!);
                phonetic = first.FullCode.Length == 0
                    ? (code.Length == 0 ? [] : [code])
                    : (code.Length == 0 || string.Equals(code, first.FullCode) ? [first.FullCode] : [first.FullCode, code]);
            }

            forms = new NameForms(primary, [], Trim(tokens, t), phonetic);
        }

        return forms;
    }

    /// <summary>The Soundex2 code of a folded form (letters and digits only, as the normalizer gives).</summary>
    private static string Code(string form) => Soundex2.EncodeFolded(form);

    private NameEntry Name(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return NameEntry.Missing;
        }

        var key = TextKey.Of(raw);
        if (names is not null && names.TryGetValue(key, key.Hash, out var cached))
        {
            return cached;
        }

        var normalized = normalizer.Normalize(raw);
        NameEntry entry;
        if (normalized.IsMissing)
        {
            entry = NameEntry.Missing;
        }
        else
        {
            var full = normalized.Full;
            var stripped = normalized.WithoutParticles;
            var fullCode = Code(full);
            entry = new NameEntry(full, stripped, [.. normalized.Tokens], fullCode, ReferenceEquals(stripped, full) ? fullCode : Code(stripped));
        }

        return names is null ? entry : names.GetOrAdd(key, key.Hash, entry);
    }

    /// <summary>The birth place of a record, remembered by its raw fields.</summary>
    private PlaceEntry Place(string? code, string? name, string? country)
    {
        if (places is null)
        {
            return PlaceForms(code, name, country);
        }

        var key = new KeyText(stackalloc char[KeyChars]);
        try
        {
            key.Append(code);
            key.Append(name);
            key.Append(country);
            return places.TryGetValue(key.Text, out var cached) ? cached : Remember(places, key.Text, PlaceForms(code, name, country));
        }
        finally
        {
            key.Dispose();
        }
    }

    /// <summary>The birth place of a row (trimmed fields, codes upper-cased), under the same key as the record it reads.</summary>
    private PlaceEntry Place(ReadOnlySpan<char> code, ReadOnlySpan<char> name, ReadOnlySpan<char> country)
    {
        if (places is null)
        {
            return PlaceForms(Text(code), Text(name), Text(country));
        }

        var key = new KeyText(stackalloc char[KeyChars]);
        try
        {
            AppendText(ref key, code);
            AppendText(ref key, name);
            AppendText(ref key, country);
            return places.TryGetValue(key.Text, out var cached) ? cached : Remember(places, key.Text, PlaceForms(Text(code), Text(name), Text(country)));
        }
        finally
        {
            key.Dispose();
        }
    }

    private PlaceEntry PlaceForms(string? code, string? name, string? country)
    {
        var place = communes.Resolve(code, name, country);
        return new PlaceEntry(
            place,
            [place.Commune, place.Department, place.Country, Male],
            [place.Commune, place.Department, place.Country, Female],
            [place.Commune, place.Department, place.Country, null]);
    }

    /// <summary>Stores a value under a key's text; returns the value kept (the first one stored).</summary>
    private static T Remember<T>(StripedTable<string, T> table, ReadOnlySpan<char> key, T value) =>
        table.GetOrAdd(key.ToString(), string.GetHashCode(key), value);

    /// <summary>A trimmed field as the reader keeps it: null when empty.</summary>
    private static string? Text(ReadOnlySpan<char> field) => field.IsEmpty ? null : field.ToString();

    /// <summary>A field as the reader keys it: null when empty.</summary>
    private static void AppendText(ref KeyText key, ReadOnlySpan<char> field)
    {
        if (field.IsEmpty)
        {
            key.Append((string?)null);
        }
        else
        {
            key.Append(field);
        }
    }

    /// <summary>The items of a field between separators, trimmed, without empty ones (as the reader splits them).</summary>
    private static string[] Items(ReadOnlySpan<char> field, char separator) => PersonRecordReader.Items(field, separator);

    /// <summary>Appends the count and the items of a field, as <see cref="Items"/> splits it.</summary>
    private static void AppendItems(ref KeyText key, ReadOnlySpan<char> field, char separator)
    {
        key.AppendCount(PersonRecordReader.CountItems(field, separator));
        foreach (var range in field.Split(separator))
        {
            var item = field[range].Trim();
            if (!item.IsEmpty)
            {
                key.Append(item);
            }
        }
    }

    private DateEntry Date(PartialDate date)
    {
        var hash = date.GetHashCode();
        if (dates is not null && dates.TryGetValue(date, hash, out var cached))
        {
            return cached;
        }

        var entry = new DateEntry([date.Year, date.Month, date.Day]);
        return dates is null ? entry : dates.GetOrAdd(date, hash, entry);
    }

    /// <summary>A raw name's folded forms: all tokens joined, without the leading particles, the significant tokens; the Soundex2 codes of the first two.</summary>
    private sealed class NameEntry(string full, string withoutParticles, string[] tokens, string fullCode, string strippedCode)
    {
        public static readonly NameEntry Missing = new(string.Empty, string.Empty, [], string.Empty, string.Empty);

        public string FullCode { get; } = fullCode;

        public string StrippedCode { get; } = strippedCode;

        public string Full { get; } = full;

        public string WithoutParticles { get; } = withoutParticles;

        public string[] Tokens { get; } = tokens;

        public bool IsMissing => Full.Length == 0;
    }

    /// <summary>A resolved birth place with the record texts (commune, department, country, sex) for each sex.</summary>
    private sealed record PlaceEntry(BirthPlace Place, string?[] TextsMale, string?[] TextsFemale, string?[] TextsUnknown);

    /// <summary>A birth date's parts (year, month, day; 0 when unknown), one array shared by the records of that date.</summary>
    private sealed record DateEntry(int[] Numbers);

    /// <summary>A string key with its hash computed once.</summary>
    private readonly record struct TextKey(string Value, int Hash)
    {
        public static readonly IEqualityComparer<TextKey> Comparer = new KeyComparer();

        public static TextKey Of(string value) => new(value, StringHash(value));

        private sealed class KeyComparer : IEqualityComparer<TextKey>
        {
            public bool Equals(TextKey x, TextKey y) => x.Hash == y.Hash && string.Equals(x.Value, y.Value);

            public int GetHashCode(TextKey key) => key.Hash;
        }
    }

    private static int StringHash(string? value) => value is null ? 0 : string.GetHashCode(value, StringComparison.Ordinal);
}
