using Justice.Domain.Identity.Places;

namespace Justice.Domain.Identity.Records;

/// <summary>
/// <i>Lecture des lignes d'identité</i>: builds <see cref="PersonRecord"/>s from rows in the identity CSV schema
/// (<see cref="Columns"/>): rows of strings (<see cref="Read"/>), or one row as ranges of a text (<see cref="ReadRow"/>).
/// The caller reads the file (the library does no I/O). A bad row (short row, empty or duplicate id, malformed date,
/// impossible code, unknown sex) is rejected with its line and field; valid rows go through.
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
    /// <returns>The records and errors.</returns>
    public static RecordReadResult Read(IEnumerable<IReadOnlyList<string>> rows, string? sourceSystem = null, int firstLine = 2)
    {
        Core.Guard.NotNull(rows);
        var records = new List<PersonRecord>();
        var errors = new List<RecordError>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rejected = 0;
        var line = firstLine - 1;
        foreach (var row in rows)
        {
            line++;
            var before = errors.Count;
            var record = Build(new ListRow(row), line, sourceSystem, errors, out var id);
            if (id is not null && !ids.Add(id))
            {
                // An id is taken by the first row that has it, even a row rejected for another field.
                errors.RemoveRange(before, errors.Count - before);
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

        return new RecordReadResult(records, errors, rejected);
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
    /// <returns>The record, or null when the row is rejected (its errors added to <paramref name="errors"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A range is outside <paramref name="text"/>.</exception>
    public static PersonRecord? ReadRow(ReadOnlySpan<char> text, ReadOnlySpan<Range> fields, int line, string? sourceSystem, ICollection<RecordError> errors, out string? id)
    {
        Core.Guard.NotNull(errors);
        CheckRanges(text, fields);
        return Build(new SpanRow(text, fields), line, sourceSystem, errors, out id);
    }

    /// <summary>The error of a row whose id an earlier row has.</summary>
    /// <param name="line">The row's line number.</param>
    /// <param name="id">The id.</param>
    /// <returns>The error.</returns>
    public static RecordError DuplicateId(int line, string id) => new(line, id, "id", "duplicate id");

    /// <summary>
    /// Checks one row given as text and the ranges of its fields, as <see cref="ReadRow"/> does, without building a
    /// record: the same errors, id, and the parsed sex and birth date of a valid row.
    /// </summary>
    /// <returns>True when the row is valid.</returns>
    internal static bool CheckRow(ReadOnlySpan<char> text, ReadOnlySpan<Range> fields, int line, ICollection<RecordError> errors, out string? id, out Sex sex, out PartialDate? birth)
    {
        Core.Guard.NotNull(errors);
        CheckRanges(text, fields);
        return Check(new SpanRow(text, fields), line, errors, out id, out sex, out birth, out _);
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

    private static PersonRecord? Build<TRow>(TRow row, int line, string? sourceSystem, ICollection<RecordError> errors, out string? id)
        where TRow : IRowFields, allows ref struct
    {
        if (!Check(row, line, errors, out id, out var sex, out var birth, out var death))
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
            Sex = sex,
            BirthDate = birth,
            DeathDate = death,
            BirthCommuneCode = row.Text(9)?.ToUpperInvariant(),
            BirthCommuneName = row.Text(10),
            BirthCountryCode = row.Text(11)?.ToUpperInvariant(),
            BirthCountryName = row.Text(12),
            Nationality = row.Text(13)?.ToUpperInvariant(),
        };
    }

    /// <summary>The rules of a row: its length, id, sex, dates and codes; the errors of a bad row added to <paramref name="errors"/>.</summary>
    private static bool Check<TRow>(TRow row, int line, ICollection<RecordError> errors, out string? id, out Sex sex, out PartialDate? birth, out PartialDate? death)
        where TRow : IRowFields, allows ref struct
    {
        id = null;
        sex = Sex.Unknown;
        birth = death = null;
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

        var before = errors.Count;
        var sexText = row.Span(6);
        Sex? parsed = sexText.Length switch
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
        if (parsed is null)
        {
            errors.Add(new RecordError(line, id, "sex", "must be M, F or empty"));
        }

        sex = parsed ?? Sex.Unknown;
        birth = Date(row.Span(7), line, id, "birth_date", errors);
        death = Date(row.Span(8), line, id, "death_date", errors);

        // Codes are checked upper-cased, as the record keeps them; every well-formed code has 5 characters.
        Span<char> code = stackalloc char[5];
        var commune = row.Span(9);
        if (!commune.IsEmpty && (commune.Length != code.Length || commune.ToUpperInvariant(code) != code.Length
            || (!CommuneDirectory.IsWellFormedCommuneCode(code) && !CommuneDirectory.IsWellFormedCountryCode(code))))
        {
            errors.Add(new RecordError(line, id, "birth_commune_code", "must be 5 digits or 2A/2B and 3 digits"));
        }

        var country = row.Span(11);
        if (!country.IsEmpty && (country.Length != code.Length || country.ToUpperInvariant(code) != code.Length || !CommuneDirectory.IsWellFormedCountryCode(code)))
        {
            errors.Add(new RecordError(line, id, "birth_country_code", "must be 99 and 3 digits (INSEE), empty when born in France"));
        }

        var nationality = row.Span(13);
        if (!nationality.IsEmpty && (nationality.Length != 2 || nationality.ToUpperInvariant(code) != 2 || code[..2].ContainsAnyExceptInRange('A', 'Z')))
        {
            errors.Add(new RecordError(line, id, "nationality", "must be an ISO 3166-1 alpha-2 code"));
        }

        return errors.Count == before;
    }

    private static PartialDate? Date(ReadOnlySpan<char> text, int line, string id, string field, ICollection<RecordError> errors)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        errors.Add(new RecordError(line, id, field, error!));
        return null;
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
    /// <returns>The records and errors.</returns>
    internal static RecordReadResult ReadReference(IEnumerable<IReadOnlyList<string>> rows, string? sourceSystem = null, int firstLine = 2)
    {
        Core.Guard.NotNull(rows);
        var records = new List<PersonRecord>();
        var errors = new List<RecordError>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rejected = 0;
        var line = firstLine - 1;
        foreach (var row in rows)
        {
            line++;
            var rowErrors = new List<RecordError>();
            var record = BuildReference(row, line, ids, sourceSystem, rowErrors);
            if (record is null)
            {
                rejected++;
                errors.AddRange(rowErrors);
            }
            else
            {
                records.Add(record);
            }
        }

        return new RecordReadResult(records, errors, rejected);
    }

    private static PersonRecord? BuildReference(IReadOnlyList<string> row, int line, HashSet<string> ids, string? sourceSystem, List<RecordError> errors)
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
            errors.Add(new RecordError(line, id, "sex", "must be M, F or empty"));
        }

        var birth = DateReference(Get(7), line, id, "birth_date", errors);
        var death = DateReference(Get(8), line, id, "death_date", errors);
        var commune = Get(9)?.ToUpperInvariant();
        if (commune is not null && !CommuneDirectory.IsWellFormedCommuneCode(commune) && !CommuneDirectory.IsWellFormedCountryCode(commune))
        {
            errors.Add(new RecordError(line, id, "birth_commune_code", "must be 5 digits or 2A/2B and 3 digits"));
        }

        var country = Get(11)?.ToUpperInvariant();
        if (country is not null && !CommuneDirectory.IsWellFormedCountryCode(country))
        {
            errors.Add(new RecordError(line, id, "birth_country_code", "must be 99 and 3 digits (INSEE), empty when born in France"));
        }

        var nationality = Get(13)?.ToUpperInvariant();
        if (nationality is not null && (nationality.Length != 2 || !nationality.All(char.IsAsciiLetterUpper)))
        {
            errors.Add(new RecordError(line, id, "nationality", "must be an ISO 3166-1 alpha-2 code"));
        }

        if (errors.Count > 0)
        {
            return null;
        }

        return new PersonRecord(id)
        {
            SourceSystem = sourceSystem,
            Civility = Get(1),
            BirthSurname = Get(2),
            UsageSurname = Get(3),
            FirstNames = SplitReference(Get(4), ','),
            Aliases = SplitReference(Get(5), ';'),
            Sex = sex!.Value,
            BirthDate = birth,
            DeathDate = death,
            BirthCommuneCode = commune,
            BirthCommuneName = Get(10),
            BirthCountryCode = country,
            BirthCountryName = Get(12),
            Nationality = nationality,
        };
    }

    private static PartialDate? DateReference(string? text, int line, string id, string field, List<RecordError> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        errors.Add(new RecordError(line, id, field, error!));
        return null;
    }

    private static string[] SplitReference(string? value, char separator) =>
        value is null ? [] : value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? CleanReference(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
