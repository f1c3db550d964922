using Justice.Domain.Identity.Records;

namespace Justice.Samples.Synthetic;

/// <summary>Reads and writes the identity CSV schema (<see cref="PersonRecordReader.Columns"/>).</summary>
public static class IdentityCsv
{
    /// <summary>Reads a persons file: header row, then rows; bad rows are reported by line.</summary>
    /// <param name="path">The file.</param>
    /// <param name="sourceSystem">The source system to record.</param>
    /// <returns>The records and the rejected rows.</returns>
    public static RecordReadResult Read(string path, string? sourceSystem = null)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader, sourceSystem ?? Path.GetFileName(path));
    }

    /// <summary>Reads persons CSV text. Columns are matched by header name (any order, case-insensitive).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceSystem">The source system to record.</param>
    /// <returns>The records and the rejected rows.</returns>
    public static RecordReadResult Read(TextReader reader, string? sourceSystem)
    {
        using var records = Csv.Read(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new InvalidDataException("The input is empty: a header row is required.");
        }

        var header = records.Current.Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        var positions = PersonRecordReader.Columns.Select(c => Array.FindIndex(header, h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (positions[0] < 0)
        {
            throw new InvalidDataException("The header has no 'id' column; expected: " + string.Join(',', PersonRecordReader.Columns));
        }

        var errors = new List<RecordError>();
        var valid = new List<PersonRecord>();
        var rejected = 0;
        var rows = new List<(int Line, IReadOnlyList<string> Fields)>();
        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            if (fields.Length == 1 && fields[0].Length == 0)
            {
                continue;
            }

            rows.Add((line, fields.Length < header.Length ? fields : positions.Select(p => p < 0 ? string.Empty : fields[p]).ToArray()));
        }

        // Rows keep their own line numbers (a quoted field may span lines).
        var result = PersonRecordReader.Read(rows.Select(r => r.Fields), sourceSystem);
        var lines = rows.Select(r => r.Line).ToArray();
        foreach (var error in result.Errors)
        {
            errors.Add(error with { Line = lines[error.Line - 2] });
        }

        valid.AddRange(result.Records);
        rejected += result.RejectedRows;
        return new RecordReadResult(valid, errors, rejected);
    }

    /// <summary>Writes persons CSV rows (in <see cref="PersonRecordReader.Columns"/> order) with the header.</summary>
    /// <param name="path">The file.</param>
    /// <param name="rows">The rows.</param>
    public static void Write(string path, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        Csv.Write(writer, PersonRecordReader.Columns);
        foreach (var row in rows)
        {
            Csv.Write(writer, row);
        }
    }

    /// <summary>Writes a two-column CSV (header then rows).</summary>
    /// <param name="path">The file.</param>
    /// <param name="header">The two column names.</param>
    /// <param name="rows">The rows.</param>
    public static void WritePairs(string path, (string, string) header, IEnumerable<(string, string)> rows)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        Csv.Write(writer, [header.Item1, header.Item2]);
        foreach (var (a, b) in rows)
        {
            Csv.Write(writer, [a, b]);
        }
    }

    /// <summary>Reads a two-column CSV with a header into a dictionary (first column → second).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The map.</returns>
    public static Dictionary<string, string> ReadPairs(string path)
    {
        using var reader = new StreamReader(path);
        return Csv.Read(reader).Skip(1).Where(r => r.Fields.Length >= 2).ToDictionary(r => r.Fields[0], r => r.Fields[1], StringComparer.Ordinal);
    }
}
