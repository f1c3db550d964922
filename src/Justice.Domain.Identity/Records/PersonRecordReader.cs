using Justice.Domain.Identity.Places;

namespace Justice.Domain.Identity.Records;

/// <summary>
/// <i>Lecture des lignes d'identité</i>: builds <see cref="PersonRecord"/>s from rows of strings in the
/// identity CSV schema (<see cref="Columns"/>). The caller reads the file (the library does no I/O). A bad
/// row (short row, empty or duplicate id, malformed date, impossible code, unknown sex) is rejected with its
/// line and field; valid rows go through.
/// </summary>
public static class PersonRecordReader
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "civility", "birth_surname", "usage_surname", "first_names", "aliases", "sex", "birth_date", "death_date",
        "birth_commune_code", "birth_commune_name", "birth_country_code", "birth_country_name", "nationality",
    ];

    /// <summary>Reads rows (without the header). Line numbers start at <paramref name="firstLine"/>.</summary>
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
            var rowErrors = new List<RecordError>();
            var record = Build(row, line, ids, sourceSystem, rowErrors);
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

    private static PersonRecord? Build(IReadOnlyList<string> row, int line, HashSet<string> ids, string? sourceSystem, List<RecordError> errors)
    {
        if (row is null || row.Count < Columns.Count)
        {
            errors.Add(new RecordError(line, row is { Count: > 0 } ? Clean(row[0]) : null, "row", FormattableString.Invariant($"expected {Columns.Count} columns, found {row?.Count ?? 0}")));
            return null;
        }

        string? Get(int i) => Clean(row[i]);
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

        var birth = Date(Get(7), line, id, "birth_date", errors);
        var death = Date(Get(8), line, id, "death_date", errors);
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
            FirstNames = Split(Get(4), ','),
            Aliases = Split(Get(5), ';'),
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

    private static PartialDate? Date(string? text, int line, string id, string field, List<RecordError> errors)
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

    private static string[] Split(string? value, char separator) =>
        value is null ? [] : value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
