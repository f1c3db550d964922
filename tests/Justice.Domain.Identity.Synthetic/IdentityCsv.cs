using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Synthetic;

/// <summary>Reads and writes the identity CSV schema (<see cref="PersonRecordReader.Columns"/>).</summary>
public static class IdentityCsv
{
    /// <summary>
    /// Reads a persons file (UTF-8 unless told): the header checked by name (<see cref="IdentityCsvLayout"/>), then rows;
    /// bad rows are reported by line.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="sourceSystem">The source system to record (default: the file's name).</param>
    /// <param name="encoding">The encoding (default: strict UTF-8, <see cref="TextInput.StrictUtf8"/>).</param>
    /// <param name="delimiter">The delimiter, or null to detect it from the header.</param>
    /// <returns>The records and the rejected rows.</returns>
    /// <exception cref="InvalidDataException">The file is empty, its header does not fit the schema, or it is not in <paramref name="encoding"/>.</exception>
    public static RecordReadResult Read(string path, string? sourceSystem = null, System.Text.Encoding? encoding = null, char? delimiter = null) =>
        TextInput.Read(path, encoding ?? TextInput.StrictUtf8, reader => Read(reader, sourceSystem ?? Path.GetFileName(path), Path.GetFileName(path), delimiter));

    /// <summary>Reads persons CSV text: the header checked by name (<see cref="IdentityCsvLayout"/>), then rows mapped by name.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceSystem">The source system to record.</param>
    /// <param name="fileName">The name messages give the input.</param>
    /// <param name="delimiter">The delimiter, or null to detect it from the header.</param>
    /// <returns>The records and the rejected rows, errors in line order.</returns>
    /// <exception cref="InvalidDataException">The text is empty or its header does not fit the schema.</exception>
    public static RecordReadResult Read(TextReader reader, string? sourceSystem, string fileName = "the input", char? delimiter = null)
    {
        var stream = Stream(reader, sourceSystem, fileName, delimiter);
        var records = stream.Records.ToList();
        return new RecordReadResult(records, [.. stream.Errors], stream.RejectedRows);
    }

    /// <summary>
    /// Reads persons CSV text one row at a time: the header is checked now (<see cref="IdentityCsvLayout"/>), the rows
    /// as <see cref="PersonCsvStream.Records"/> is enumerated, with the rules of
    /// <see cref="Read(TextReader, string?, string, char?)"/>. The reader stays the caller's and must stay open until
    /// the records are read.
    /// </summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceSystem">The source system to record.</param>
    /// <param name="fileName">The name messages give the input.</param>
    /// <param name="delimiter">The delimiter, or null to detect it from the header.</param>
    /// <returns>The stream of records and rejected rows.</returns>
    /// <exception cref="InvalidDataException">The text is empty or its header does not fit the schema.</exception>
    public static PersonCsvStream Stream(TextReader reader, string? sourceSystem, string fileName = "the input", char? delimiter = null) =>
        new(reader, IdentityCsvLayout.ReadHeader(reader, fileName, delimiter), sourceSystem);

    /// <summary>Writes persons CSV rows (in <see cref="PersonRecordReader.Columns"/> order) with the header.</summary>
    /// <param name="path">The file.</param>
    /// <param name="rows">The rows.</param>
    public static void Write(string path, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        Write(writer, rows);
    }

    /// <summary>Writes persons CSV rows (in <see cref="PersonRecordReader.Columns"/> order) with the header.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="rows">The rows.</param>
    public static void Write(TextWriter writer, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
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
        WritePairs(writer, header, rows);
    }

    /// <summary>Writes a two-column CSV (header then rows).</summary>
    /// <param name="writer">The output.</param>
    /// <param name="header">The two column names.</param>
    /// <param name="rows">The rows.</param>
    public static void WritePairs(TextWriter writer, (string, string) header, IEnumerable<(string, string)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
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
