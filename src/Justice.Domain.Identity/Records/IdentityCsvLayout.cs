using System.Globalization;

namespace Justice.Domain.Identity.Records;

/// <summary>
/// Where the columns of the identity schema (<see cref="PersonRecordReader.Columns"/>) are in a persons file, read from
/// its header by name, and the checks of a row against it. The header is checked before any row is read: the
/// columns of the schema are found by name (case-insensitive, any order, each once), the <see cref="RequiredColumns"/>
/// must be there, and a column that is a near miss of a schema column (<c>birthdate</c>, <c>surname</c>) is an error
/// with a "did you mean"; an optional column left out reads as empty in every row, and a column far from every schema
/// name (another system's <c>address</c>) is ignored and listed in <see cref="IgnoredColumns"/> for the caller to say so. The delimiter is given or detected from the header (comma, semicolon or tab). A row is mapped by
/// name only: a row with another number of fields than the header, or a field longer than
/// <see cref="MaxFieldLength"/>, is rejected with its line and never read by position.
/// </summary>
public sealed class IdentityCsvLayout
{
    /// <summary>
    /// The longest field accepted, in characters. A civil-status value is far shorter (the longest names of the INSEE
    /// files have under 100 characters, aliases a few hundred); a longer field is a broken export, and comparing it costs
    /// time quadratic in its length.
    /// </summary>
    public const int MaxFieldLength = 1000;

    private readonly string[] header;
    private readonly int[] positions;

    private IdentityCsvLayout(char delimiter, string[] header, int[] positions, IReadOnlyList<string> ignored)
    {
        Delimiter = delimiter;
        this.header = header;
        this.positions = positions;
        IgnoredColumns = ignored;
    }

    /// <summary>The header's columns that are not in the schema and not near a schema name: read by no one.</summary>
    public IReadOnlyList<string> IgnoredColumns { get; }

    /// <summary>The delimiters that are detected: comma, semicolon, tab.</summary>
    public static IReadOnlyList<char> Delimiters { get; } = [',', ';', '\t'];

    /// <summary>The columns a persons file must have: the id and the fields every comparison uses.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["id", "birth_surname", "first_names", "birth_date"];

    /// <summary>The field delimiter.</summary>
    public char Delimiter { get; }

    /// <summary>The number of fields of the header, which every row must have.</summary>
    public int FieldCount => header.Length;

    /// <summary>For each of <see cref="PersonRecordReader.Columns"/>, its field in the file, or -1 when the file leaves it out.</summary>
    public IReadOnlyList<int> Positions => positions;

    /// <summary>The name of a delimiter in words, for messages.</summary>
    /// <param name="delimiter">The delimiter.</param>
    /// <returns>"comma", "semicolon", "tab" or the character quoted.</returns>
    internal static string DescribeDelimiter(char delimiter) => delimiter switch
    {
        ',' => "comma",
        ';' => "semicolon",
        '\t' => "tab",
        _ => "'" + delimiter + "'",
    };

    /// <summary>
    /// Reads the header line of a persons file and checks it. The reader is left at the first row (line 2).
    /// </summary>
    /// <param name="reader">The text, at its start.</param>
    /// <param name="fileName">The file's name, for messages.</param>
    /// <param name="delimiter">The delimiter, or null to detect it.</param>
    /// <returns>The layout.</returns>
    /// <exception cref="InvalidDataException">The file is empty or its header does not fit the schema; the message says why, with the expected names.</exception>
    public static IdentityCsvLayout ReadHeader(TextReader reader, string fileName, char? delimiter)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var line = reader.ReadLine();
        if (line is null || line.Trim().TrimStart('\uFEFF').Length == 0)
        {
            throw new InvalidDataException(fileName + (line is null ? " is empty" : " starts with an empty line") + ": the first line must be the header, with the columns " + string.Join(',', PersonRecordReader.Columns) + " (docs/identity/index.md).");
        }

        return FromHeader(line, fileName, delimiter);
    }

    /// <summary>Checks a header line; see <see cref="ReadHeader"/>.</summary>
    /// <param name="line">The header line.</param>
    /// <param name="fileName">The file's name, for messages.</param>
    /// <param name="delimiter">The delimiter, or null to detect it.</param>
    /// <returns>The layout.</returns>
    /// <exception cref="InvalidDataException">The header does not fit the schema.</exception>
    public static IdentityCsvLayout FromHeader(string line, string fileName, char? delimiter)
    {
        ArgumentNullException.ThrowIfNull(line);
        var best = Delimiters.Select(d => (Delimiter: d, Names: Split(line, d))).Select(c => (c.Delimiter, c.Names, Known: c.Names.Count(IsKnown)))
            .OrderByDescending(c => c.Known).ThenByDescending(c => c.Names.Length).First();
        var chosen = delimiter ?? (best.Known > 0 || best.Names.Length > 1 ? best.Delimiter : ',');
        var names = Split(line, chosen);
        var known = names.Count(IsKnown);
        if (delimiter is { } given && best.Delimiter != given && best.Known > known)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{fileName}: with the delimiter {Option(given)} the header has {names.Length} column(s), {known} of the schema; it reads as {best.Known} columns of the schema separated by {DescribeDelimiter(best.Delimiter)}s: give the delimiter {Option(best.Delimiter)}, or none to detect it."));
        }

        var problems = new List<string>();
        var positions = new int[PersonRecordReader.Columns.Count];
        Array.Fill(positions, -1);
        var unknown = new List<string>();
        var ignored = new List<string>();
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            var column = IndexOfColumn(name);
            if (name.Length == 0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"column {i + 1} has no name"));
            }
            else if (column < 0 && Suggest(name) is { } suggestion)
            {
                unknown.Add("'" + name + "' (did you mean '" + suggestion + "'?)");
            }
            else if (column < 0)
            {
                ignored.Add(name);
            }
            else if (positions[column] >= 0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"column '{name}' appears twice (columns {positions[column] + 1} and {i + 1})"));
            }
            else
            {
                positions[column] = i;
            }
        }

        var missing = RequiredColumns.Where(c => positions[IndexOfColumn(c)] < 0).ToList();
        if (missing.Count > 0)
        {
            problems.Insert(0, "missing required column(s) " + string.Join(", ", missing));
        }

        if (unknown.Count > 0)
        {
            problems.Add("column(s) not in the schema " + string.Join(", ", unknown));
        }

        if (missing.Count > 0 && ignored.Count > 0)
        {
            problems.Add("other column(s) " + string.Join(", ", ignored.Select(n => "'" + n + "'")));
        }

        if (problems.Count > 0)
        {
            var read = names.Length == 1 && delimiter is null
                ? " The header reads as one column: no comma, semicolon or tab separates its names."
                : " The header was read as separated by " + DescribeDelimiter(chosen) + "s" + (delimiter is null ? " (detected: none was given)" : string.Empty) + ".";
            throw new InvalidDataException(fileName + ": the header does not fit the identity schema: " + string.Join("; ", problems) + "." + read
                + " Expected columns (by name, any order): " + string.Join(", ", PersonRecordReader.Columns) + "; required: " + string.Join(", ", RequiredColumns) + " (docs/identity/index.md).");
        }

        return new IdentityCsvLayout(chosen, names, positions, ignored);
    }

    /// <summary>
    /// Maps a row given as ranges of <paramref name="text"/> to the schema's column order, or rejects it (its error added
    /// to <paramref name="errors"/>): another number of fields than the header, or a field longer than <see cref="MaxFieldLength"/>.
    /// </summary>
    /// <param name="text">The row's text.</param>
    /// <param name="fields">The row's fields, in file order.</param>
    /// <param name="mapped">Receives the fields in <see cref="PersonRecordReader.Columns"/> order (an empty range for a column left out); as long as the schema.</param>
    /// <param name="line">The row's line, for the error.</param>
    /// <param name="errors">Receives the error of a rejected row.</param>
    /// <returns>False when the row is rejected.</returns>
    public bool TryMap(ReadOnlySpan<char> text, ReadOnlySpan<Range> fields, Span<Range> mapped, int line, ICollection<RecordError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (fields.Length != header.Length)
        {
            errors.Add(WrongCount(line, fields.Length));
            return false;
        }

        for (var i = 0; i < fields.Length; i++)
        {
            var length = fields[i].GetOffsetAndLength(text.Length).Length;
            if (length > MaxFieldLength)
            {
                errors.Add(TooLong(line, i, length));
                return false;
            }
        }

        for (var c = 0; c < positions.Length; c++)
        {
            mapped[c] = positions[c] < 0 ? default : fields[positions[c]];
        }

        return true;
    }

    /// <summary>Maps a row of strings as <see cref="TryMap(ReadOnlySpan{char}, ReadOnlySpan{Range}, Span{Range}, int, ICollection{RecordError})"/> does.</summary>
    /// <param name="fields">The row's fields, in file order.</param>
    /// <param name="line">The row's line, for the error.</param>
    /// <param name="errors">Receives the error of a rejected row.</param>
    /// <returns>The fields in <see cref="PersonRecordReader.Columns"/> order, or null when the row is rejected.</returns>
    public string[]? TryMap(IReadOnlyList<string> fields, int line, ICollection<RecordError> errors)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(errors);
        if (fields.Count != header.Length)
        {
            errors.Add(WrongCount(line, fields.Count));
            return null;
        }

        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Length > MaxFieldLength)
            {
                errors.Add(TooLong(line, i, fields[i].Length));
                return null;
            }
        }

        return positions.Select(p => p < 0 ? string.Empty : fields[p]).ToArray();
    }

    private RecordError WrongCount(int line, int count) => new(line, null, "row", string.Create(CultureInfo.InvariantCulture,
        $"has {count} field(s), the header has {header.Length} (a value that holds a {DescribeDelimiter(Delimiter)} must be quoted)"));

    private RecordError TooLong(int line, int field, int length) => new(line, null, header[field], string.Create(CultureInfo.InvariantCulture,
        $"has {length:N0} characters; the limit is {MaxFieldLength:N0}"));

    private static string[] Split(string line, char delimiter)
    {
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, line.Length));
        line.CopyTo(buffer);
        var chunk = new CsvChunk(buffer, line.Length, 1, isLast: true);
        try
        {
            var cursor = new CsvRowCursor(delimiter);
            cursor.Start(0, 1);
            if (!cursor.MoveNext(chunk))
            {
                return [string.Empty];
            }

            var names = new string[cursor.Fields.Length];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = cursor.Text[cursor.Fields[i]].ToString().Trim().TrimStart('\uFEFF').Trim();
            }

            return names;
        }
        finally
        {
            chunk.Release();
        }
    }

    private static string Option(char delimiter) => delimiter == '\t' ? "tab" : "'" + delimiter + "'";

    private static bool IsKnown(string name) => IndexOfColumn(name) >= 0;

    private static int IndexOfColumn(string name)
    {
        for (var i = 0; i < PersonRecordReader.Columns.Count; i++)
        {
            if (string.Equals(PersonRecordReader.Columns[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The schema column nearest to an unknown name: the same letters without separators, a small edit distance, or one name inside the other.</summary>
    internal static string? Suggest(string name)
    {
        var plain = Plain(name);
        if (plain.Length == 0)
        {
            return null;
        }

        if (Synonyms.TryGetValue(plain, out var synonym))
        {
            return synonym;
        }

        return PersonRecordReader.Columns
            .Select(c => (Column: c, Plain: Plain(c)))
            .Select(c => (c.Column, Distance: Distance(plain, c.Plain), Contains: c.Plain.Contains(plain, StringComparison.Ordinal) || plain.Contains(c.Plain, StringComparison.Ordinal)))
            .Where(c => c.Distance <= Math.Max(1, c.Column.Length / 4) || (c.Contains && plain.Length >= 2))
            .OrderBy(c => c.Distance)
            .Select(c => c.Column)
            .FirstOrDefault();
    }

    /// <summary>Names other schemas give the same fields (FEBRL, French exports), by their letters.</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["recid"] = "id", ["identifiant"] = "id",
        ["givenname"] = "first_names", ["firstname"] = "first_names", ["prenom"] = "first_names", ["prenoms"] = "first_names",
        ["surname"] = "birth_surname", ["lastname"] = "birth_surname", ["nom"] = "birth_surname", ["nomdenaissance"] = "birth_surname",
        ["dateofbirth"] = "birth_date", ["dob"] = "birth_date", ["birthdate"] = "birth_date", ["datedenaissance"] = "birth_date",
        ["gender"] = "sex", ["sexe"] = "sex",
    };

    private static string Plain(string name) => new(name.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());

    /// <summary>The Levenshtein distance. O(|a| |b|).</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
