using Justice.Domain.Identity.Places;
using NodaTime;

namespace Justice.Domain.Identity.Records;

/// <summary>
/// <i>Lecture des lignes d'identité</i>: builds <see cref="PersonRecord"/>s from rows in the identity CSV schema
/// (<see cref="Columns"/>): rows of strings (<see cref="Read"/>), one row of strings at a time (<see cref="ReadOne"/>),
/// or one row as ranges of a text (<see cref="ReadRow"/>).
/// The caller reads the file (the library does no I/O). A row is rejected, with its line and the rule, only when it
/// cannot be a record: a short row, an empty or duplicate id, or no identifying field at all (no surname, first name,
/// birth date or birth place). A value that cannot be read as given is flagged (<see cref="RecordFlag"/>) and read as
/// unknown, and the record is kept: an impossible date part (<c>1980-02-30</c> keeps <c>1980-02</c>), a malformed
/// date, commune, country or nationality code, an unknown sex. A death date before the birth date, and, when the caller
/// gives the date of the run (<c>asOf</c>: the library has no clock), a birth or death date after it, are flagged and
/// kept as given.
/// </summary>
public static class PersonRecordReader
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "civility", "birth_surname", "usage_surname", "first_names", "aliases", "sex", "birth_date", "death_date",
        "birth_commune_code", "birth_commune_name", "birth_country_code", "birth_country_name", "nationality",
    ];

    /// <summary>
    /// Reads rows (without the header). Line numbers start at <paramref name="firstLine"/>. O(total length of the rows).
    /// </summary>
    /// <param name="rows">The rows; each row's fields in <see cref="Columns"/> order.</param>
    /// <param name="sourceSystem">The source system recorded on each record, or null.</param>
    /// <param name="firstLine">The line number of the first row (2 after a header).</param>
    /// <param name="asOf">The date of the run: birth and death dates after it are flagged; null to check nothing against a date.</param>
    /// <returns>The records and errors.</returns>
    public static RecordReadResult Read(IEnumerable<IReadOnlyList<string>> rows, string? sourceSystem = null, int firstLine = 2, LocalDate? asOf = null)
    {
        Core.Guard.NotNull(rows);
        var records = new List<PersonRecord>();
        var errors = new List<RecordError>();
        var flags = new List<RecordFlag>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rejected = 0;
        var line = firstLine - 1;
        foreach (var row in rows)
        {
            line++;
            var before = errors.Count;
            var flagged = flags.Count;
            var record = ReadOne(row, line, sourceSystem, errors, out var id, flags, asOf);
            if (id is not null && !ids.Add(id))
            {
                // An id is taken by the first row that has it, even a row rejected for another field.
                errors.RemoveRange(before, errors.Count - before);
                flags.RemoveRange(flagged, flags.Count - flagged);
                errors.Add(DuplicateId(line, id));
                record = null;
            }

            if (record is null)
            {
                rejected++;
            }
            else
            {
                records.Add(record);
            }
        }

        return new RecordReadResult(records, errors, rejected) { Flags = flags };
    }

    /// <summary>
    /// Reads one row given as text and the ranges of its fields, in <see cref="Columns"/> order (the row's fields need
    /// not be strings: only the values a record keeps become strings). The rules and messages of <see cref="Read"/>,
    /// except the duplicate-id check, which needs the rows before: it is the caller's, with <paramref name="id"/>
    /// (use <see cref="DuplicateId"/> for its error). O(length of the row).
    /// </summary>
    /// <param name="text">The text the ranges index (for example a row with its quotes removed).</param>
    /// <param name="fields">Each field's range in <paramref name="text"/>; fewer than <see cref="Columns"/> is a short row.</param>
    /// <param name="line">The row's line number, for the errors.</param>
    /// <param name="sourceSystem">The source system recorded on the record, or null.</param>
    /// <param name="errors">Receives the row's errors when it is rejected.</param>
    /// <param name="id">
    /// The row's id (trimmed) when it has one, even when the row is rejected for another field, as <see cref="Read"/>
    /// counts it taken; null for a short row or an empty id.
    /// </param>
    /// <param name="flags">Receives the flags of a kept row's values, or null to drop them.</param>
    /// <param name="asOf">The date of the run: birth and death dates after it are flagged; null to check nothing against a date.</param>
    /// <returns>The record, or null when the row is rejected (its errors added to <paramref name="errors"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A range is outside <paramref name="text"/>.</exception>
    public static PersonRecord? ReadRow(ReadOnlySpan<char> text, ReadOnlySpan<Range> fields, int line, string? sourceSystem, ICollection<RecordError> errors, out string? id, ICollection<RecordFlag>? flags = null, LocalDate? asOf = null)
    {
        Core.Guard.NotNull(errors);
        CheckRanges(text, fields);
        return Build(new SpanRow(text, fields), line, sourceSystem, errors, flags, asOf, out id);
    }

    /// <summary>
    /// Reads one row of strings, in <see cref="Columns"/> order, for a caller that reads rows one at a time (a file
    /// streamed in batches): the rules and messages of <see cref="Read"/>, except the duplicate-id check, which needs the
    /// rows before: it is the caller's, with <paramref name="id"/> (use <see cref="DuplicateId"/> for its error).
    /// O(length of the row).
    /// </summary>
    /// <param name="row">The row's fields in <see cref="Columns"/> order; fewer is a short row, and null is read as an empty row.</param>
    /// <param name="line">The row's line number, for the errors.</param>
    /// <param name="sourceSystem">The source system recorded on the record, or null.</param>
    /// <param name="errors">Receives the row's errors when it is rejected.</param>
    /// <param name="id">
    /// The row's id (trimmed) when it has one, even when the row is rejected for another field, as <see cref="Read"/>
    /// counts it taken; null for a short row or an empty id.
    /// </param>
    /// <param name="flags">Receives the flags of a kept row's values, or null to drop them.</param>
    /// <param name="asOf">The date of the run: birth and death dates after it are flagged; null to check nothing against a date.</param>
    /// <returns>The record, or null when the row is rejected (its errors added to <paramref name="errors"/>).</returns>
    public static PersonRecord? ReadOne(IReadOnlyList<string>? row, int line, string? sourceSystem, ICollection<RecordError> errors, out string? id, ICollection<RecordFlag>? flags = null, LocalDate? asOf = null)
    {
        Core.Guard.NotNull(errors);
        return Build(new ListRow(row), line, sourceSystem, errors, flags, asOf, out id);
    }

    /// <summary>The error of a row whose id an earlier row has.</summary>
    /// <param name="line">The row's line number.</param>
    /// <param name="id">The id.</param>
    /// <returns>The error.</returns>
    public static RecordError DuplicateId(int line, string id) => new(line, id, "id", "duplicate id");

    /// <summary>
    /// Checks one row given as text and the ranges of its fields, as <see cref="ReadRow"/> does, without building a
    /// record: the same errors, flags, id, and the values read of a valid row.
    /// </summary>
    /// <returns>True when the row is valid.</returns>
    internal static bool CheckRow(ReadOnlySpan<char> text, ReadOnlySpan<Range> fields, int line, ICollection<RecordError> errors, ICollection<RecordFlag>? flags, LocalDate? asOf, out string? id, out RowValues values)
    {
        Core.Guard.NotNull(errors);
        CheckRanges(text, fields);
        return Check(new SpanRow(text, fields), line, errors, flags, asOf, out id, out values);
    }

    /// <summary>Field <paramref name="field"/> of a row given as ranges, trimmed.</summary>
    internal static ReadOnlySpan<char> Field(ReadOnlySpan<char> text, ReadOnlySpan<Range> fields, int field) => new SpanRow(text, fields).Span(field);

    private static void CheckRanges(ReadOnlySpan<char> text, ReadOnlySpan<Range> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            var (start, end) = (fields[i].Start.GetOffset(text.Length), fields[i].End.GetOffset(text.Length));
            if (start < 0 || end < start || end > text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(fields), FormattableString.Invariant($"field {i}'s range {fields[i]} is outside the text of length {text.Length}"));
            }
        }
    }

    private static PersonRecord? Build<TRow>(TRow row, int line, string? sourceSystem, ICollection<RecordError> errors, ICollection<RecordFlag>? flags, LocalDate? asOf, out string? id)
        where TRow : IRowFields, allows ref struct
    {
        if (!Check(row, line, errors, flags, asOf, out id, out var values))
        {
            return null;
        }

        return new PersonRecord(id!)
        {
            SourceSystem = sourceSystem,
            Civility = row.Text(1),
            BirthSurname = row.Text(2),
            UsageSurname = row.Text(3),
            FirstNames = Split(row, 4, ','),
            Aliases = Split(row, 5, ';'),
            Sex = values.Sex,
            BirthDate = values.Birth,
            DeathDate = values.Death,
            BirthCommuneCode = values.CommuneCode ? row.Text(9)?.ToUpperInvariant() : null,
            BirthCommuneName = row.Text(10),
            BirthCountryCode = values.CountryCode ? row.Text(11)?.ToUpperInvariant() : null,
            BirthCountryName = row.Text(12),
            Nationality = values.Nationality ? row.Text(13)?.ToUpperInvariant() : null,
        };
    }

    /// <summary>
    /// The rules of a row: its length, id and identifying fields decide whether it is kept (the errors of a rejected
    /// row added to <paramref name="errors"/>); its sex, dates and codes are read, each value that cannot be read as
    /// given flagged in <paramref name="flags"/> and left unknown.
    /// </summary>
    private static bool Check<TRow>(TRow row, int line, ICollection<RecordError> errors, ICollection<RecordFlag>? flags, LocalDate? asOf, out string? id, out RowValues values)
        where TRow : IRowFields, allows ref struct
    {
        id = null;
        values = default;
        if (row.Count < Columns.Count)
        {
            errors.Add(new RecordError(line, row.Count > 0 ? row.Text(0) : null, "row", FormattableString.Invariant($"expected {Columns.Count} columns, found {row.Count}")));
            return false;
        }

        id = row.Text(0);
        if (id is null)
        {
            errors.Add(new RecordError(line, null, "id", "must not be empty"));
            return false;
        }

        List<RecordFlag>? pending = null;
        var sexText = row.Span(6);
        Sex? sex = sexText.Length switch
        {
            0 => Sex.Unknown,
            1 => char.ToUpperInvariant(sexText[0]) switch
            {
                'M' or 'H' => Sex.Male,
                'F' => Sex.Female,
                _ => null,
            },
            _ => null,
        };
        if (sex is null)
        {
            (pending ??= []).Add(new RecordFlag(line, id, "sex", SexRule));
        }

        var birth = Date(row.Span(7), line, id, "birth_date", ref pending);
        var death = Date(row.Span(8), line, id, "death_date", ref pending);
        if (birth is { } b && death is { } d && IsBefore(d, b))
        {
            (pending ??= []).Add(new RecordFlag(line, id, "death_date", DeathBeforeBirthRule));
        }

        if (asOf is { } today)
        {
            var now = new PartialDate(today.Year, today.Month, today.Day);
            if (birth is { } born && IsBefore(now, born))
            {
                (pending ??= []).Add(new RecordFlag(line, id, "birth_date", FutureRule));
            }

            if (death is { } died && IsBefore(now, died))
            {
                (pending ??= []).Add(new RecordFlag(line, id, "death_date", FutureRule));
            }
        }

        // Codes are checked upper-cased, as the record keeps them; every well-formed code has 5 characters.
        Span<char> code = stackalloc char[5];
        var commune = row.Span(9);
        var communeOk = commune.IsEmpty || (commune.Length == code.Length && commune.ToUpperInvariant(code) == code.Length
            && (CommuneDirectory.IsWellFormedCommuneCode(code) || CommuneDirectory.IsWellFormedCountryCode(code)));
        if (!communeOk)
        {
            (pending ??= []).Add(new RecordFlag(line, id, "birth_commune_code", CommuneRule));
        }

        var country = row.Span(11);
        var countryOk = country.IsEmpty || (country.Length == code.Length && country.ToUpperInvariant(code) == code.Length && CommuneDirectory.IsWellFormedCountryCode(code));
        if (!countryOk)
        {
            (pending ??= []).Add(new RecordFlag(line, id, "birth_country_code", CountryRule));
        }

        var nationality = row.Span(13);
        var nationalityOk = nationality.IsEmpty || (nationality.Length == 2 && nationality.ToUpperInvariant(code) == 2 && !code[..2].ContainsAnyExceptInRange('A', 'Z'));
        if (!nationalityOk)
        {
            (pending ??= []).Add(new RecordFlag(line, id, "nationality", NationalityRule));
        }

        if (row.Span(2).IsEmpty && row.Span(3).IsEmpty && CountItems(row.Span(4), ',') == 0 && birth is null
            && (!communeOk || commune.IsEmpty) && row.Span(10).IsEmpty && (!countryOk || country.IsEmpty))
        {
            errors.Add(new RecordError(line, id, "row", NoIdentifyingFieldRule));
            return false;
        }

        // A kept row's flags only: a rejected row is reported by its error alone.
        if (pending is not null && flags is not null)
        {
            foreach (var flag in pending)
            {
                flags.Add(flag);
            }
        }

        values = new RowValues(sex ?? Sex.Unknown, birth, death, communeOk && !commune.IsEmpty, countryOk && !country.IsEmpty, nationalityOk && !nationality.IsEmpty);
        return true;
    }

    /// <summary>The rule of a row with nothing to match on.</summary>
    internal const string NoIdentifyingFieldRule = "no identifying field (surname, usage surname, first names, birth date or birth place)";

    private const string SexRule = "must be M, F or empty; read as unknown";
    private const string DeathBeforeBirthRule = "before the birth date; kept as given";
    private const string FutureRule = "after the date of the run; kept as given";
    private const string CommuneRule = "must be 5 digits or 2A/2B and 3 digits; left out";
    private const string CountryRule = "must be 99 and 3 digits (INSEE), empty when born in France; left out";
    private const string NationalityRule = "must be an ISO 3166-1 alpha-2 code; left out";

    /// <summary>Whether <paramref name="death"/> is surely before <paramref name="birth"/> on the parts both know.</summary>
    private static bool IsBefore(PartialDate death, PartialDate birth)
    {
        if (death.Year == 0 || birth.Year == 0 || death.Year != birth.Year)
        {
            return death.Year != 0 && birth.Year != 0 && death.Year < birth.Year;
        }

        if (death.Month == 0 || birth.Month == 0 || death.Month != birth.Month)
        {
            return death.Month != 0 && birth.Month != 0 && death.Month < birth.Month;
        }

        return death.Day != 0 && birth.Day != 0 && death.Day < birth.Day;
    }

    private static PartialDate? Date(ReadOnlySpan<char> text, int line, string id, string field, ref List<RecordFlag>? flags)
    {
        var date = PartialDate.Read(text, out var flag);
        if (flag is not null)
        {
            (flags ??= []).Add(new RecordFlag(line, id, field, flag));
        }

        return date;
    }

    /// <summary>The field's items between separators, trimmed, without empty ones.</summary>
    private static string[] Split<TRow>(TRow row, int field, char separator)
        where TRow : IRowFields, allows ref struct
    {
        var value = row.Span(field);
        if (value.IsEmpty)
        {
            return [];
        }

        return value.Contains(separator) ? Items(value, separator) : [row.Text(field)!];
    }

    /// <summary>The items of a field between separators, trimmed, without empty ones.</summary>
    internal static string[] Items(ReadOnlySpan<char> value, char separator)
    {
        var items = new string[CountItems(value, separator)];
        var next = 0;
        foreach (var range in value.Split(separator))
        {
            var item = value[range].Trim();
            if (!item.IsEmpty)
            {
                items[next++] = item.ToString();
            }
        }

        return items;
    }

    /// <summary>How many items <see cref="Items"/> finds in a field.</summary>
    internal static int CountItems(ReadOnlySpan<char> value, char separator)
    {
        var count = 0;
        foreach (var range in value.Split(separator))
        {
            count += value[range].Trim().IsEmpty ? 0 : 1;
        }

        return count;
    }

    /// <summary>A row's fields: each one trimmed, as a span, or as a string (null when empty).</summary>
    private interface IRowFields
    {
        int Count { get; }

        ReadOnlySpan<char> Span(int field);

        string? Text(int field);
    }

    /// <summary>A row of strings (a null row is a row of no fields, a null field an empty one).</summary>
    private readonly struct ListRow(IReadOnlyList<string>? row) : IRowFields
    {
        public int Count => row?.Count ?? 0;

        public ReadOnlySpan<char> Span(int field) => row![field].AsSpan().Trim();

        public string? Text(int field) => string.IsNullOrWhiteSpace(row![field]) ? null : row[field].Trim();
    }

    /// <summary>A row of ranges in a text; a field becomes a string only when asked.</summary>
    private readonly ref struct SpanRow(ReadOnlySpan<char> text, ReadOnlySpan<Range> fields) : IRowFields
    {
        private readonly ReadOnlySpan<char> text = text;
        private readonly ReadOnlySpan<Range> fields = fields;

        public int Count => fields.Length;

        public ReadOnlySpan<char> Span(int field) => text[fields[field]].Trim();

        public string? Text(int field)
        {
            var value = Span(field);
            return value.IsEmpty ? null : value.ToString();
        }
    }

    /// <summary>
    /// The reference reader, written straight from the rules (LINQ, regular expressions, a string per step): the oracle
    /// that <see cref="Read"/> and <see cref="ReadRow"/> are proved against, and the benchmarks' baseline.
    /// </summary>
    /// <param name="rows">The rows; each row's fields in <see cref="Columns"/> order.</param>
    /// <param name="sourceSystem">The source system recorded on each record, or null.</param>
    /// <param name="firstLine">The line number of the first row (2 after a header).</param>
    /// <param name="asOf">The date of the run, or null.</param>
    /// <returns>The records and errors.</returns>
    internal static RecordReadResult ReadReference(IEnumerable<IReadOnlyList<string>> rows, string? sourceSystem = null, int firstLine = 2, LocalDate? asOf = null)
    {
        Core.Guard.NotNull(rows);
        var records = new List<PersonRecord>();
        var errors = new List<RecordError>();
        var flags = new List<RecordFlag>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rejected = 0;
        var line = firstLine - 1;
        foreach (var row in rows)
        {
            line++;
            var rowErrors = new List<RecordError>();
            var rowFlags = new List<RecordFlag>();
            var record = BuildReference(row, line, ids, sourceSystem, rowErrors, rowFlags, asOf);
            if (record is null)
            {
                rejected++;
                errors.AddRange(rowErrors);
            }
            else
            {
                records.Add(record);
                flags.AddRange(rowFlags);
            }
        }

        return new RecordReadResult(records, errors, rejected) { Flags = flags };
    }

    private static PersonRecord? BuildReference(IReadOnlyList<string> row, int line, HashSet<string> ids, string? sourceSystem, List<RecordError> errors, List<RecordFlag> flags, LocalDate? asOf)
    {
        if (row is null || row.Count < Columns.Count)
        {
            errors.Add(new RecordError(line, row is { Count: > 0 } ? CleanReference(row[0]) : null, "row", FormattableString.Invariant($"expected {Columns.Count} columns, found {row?.Count ?? 0}")));
            return null;
        }

        string? Get(int i) => CleanReference(row[i]);
        var id = Get(0);
        if (id is null)
        {
            errors.Add(new RecordError(line, null, "id", "must not be empty"));
            return null;
        }

        if (!ids.Add(id))
        {
            errors.Add(new RecordError(line, id, "id", "duplicate id"));
            return null;
        }

        var sex = Get(6)?.ToUpperInvariant() switch
        {
            null => Sex.Unknown,
            "M" or "H" => Sex.Male,
            "F" => Sex.Female,
            _ => (Sex?)null,
        };
        if (sex is null)
        {
            flags.Add(new RecordFlag(line, id, "sex", SexRule));
        }

        var birth = DateReference(Get(7), line, id, "birth_date", flags);
        var death = DateReference(Get(8), line, id, "death_date", flags);
        if (birth is not null && death is not null
            && DatePartsReference(death.Value).Zip(DatePartsReference(birth.Value)).TakeWhile(p => p.First != 0 && p.Second != 0)
                .SkipWhile(p => p.First == p.Second).Take(1).Any(p => p.First < p.Second))
        {
            flags.Add(new RecordFlag(line, id, "death_date", DeathBeforeBirthRule));
        }

        if (asOf is { } today)
        {
            int[] now = [today.Year, today.Month, today.Day];
            foreach (var (date, field) in new[] { (birth, "birth_date"), (death, "death_date") })
            {
                if (date is { } d && now.Zip(DatePartsReference(d)).TakeWhile(p => p.First != 0 && p.Second != 0)
                    .SkipWhile(p => p.First == p.Second).Take(1).Any(p => p.First < p.Second))
                {
                    flags.Add(new RecordFlag(line, id, field, FutureRule));
                }
            }
        }

        var commune = Get(9)?.ToUpperInvariant();
        if (commune is not null && !CommuneDirectory.IsWellFormedCommuneCode(commune) && !CommuneDirectory.IsWellFormedCountryCode(commune))
        {
            flags.Add(new RecordFlag(line, id, "birth_commune_code", CommuneRule));
            commune = null;
        }

        var country = Get(11)?.ToUpperInvariant();
        if (country is not null && !CommuneDirectory.IsWellFormedCountryCode(country))
        {
            flags.Add(new RecordFlag(line, id, "birth_country_code", CountryRule));
            country = null;
        }

        var nationality = Get(13)?.ToUpperInvariant();
        if (nationality is not null && (nationality.Length != 2 || !nationality.All(char.IsAsciiLetterUpper)))
        {
            flags.Add(new RecordFlag(line, id, "nationality", NationalityRule));
            nationality = null;
        }

        var firstNames = SplitReference(Get(4), ',');
        if (Get(2) is null && Get(3) is null && firstNames.Length == 0 && birth is null && commune is null && Get(10) is null && country is null)
        {
            errors.Add(new RecordError(line, id, "row", NoIdentifyingFieldRule));
            flags.Clear();
            return null;
        }

        return new PersonRecord(id)
        {
            SourceSystem = sourceSystem,
            Civility = Get(1),
            BirthSurname = Get(2),
            UsageSurname = Get(3),
            FirstNames = firstNames,
            Aliases = SplitReference(Get(5), ';'),
            Sex = sex ?? Sex.Unknown,
            BirthDate = birth,
            DeathDate = death,
            BirthCommuneCode = commune,
            BirthCommuneName = Get(10),
            BirthCountryCode = country,
            BirthCountryName = Get(12),
            Nationality = nationality,
        };
    }

    private static int[] DatePartsReference(PartialDate date) => [date.Year, date.Month, date.Day];

    private static PartialDate? DateReference(string? text, int line, string id, string field, List<RecordFlag> flags)
    {
        var date = PartialDate.Read(text ?? string.Empty, out var flag);
        if (flag is not null)
        {
            flags.Add(new RecordFlag(line, id, field, flag));
        }

        return date;
    }

    private static string[] SplitReference(string? value, char separator) =>
        value is null ? [] : value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? CleanReference(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
