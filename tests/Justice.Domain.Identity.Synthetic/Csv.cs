using System.Text;

namespace Justice.Domain.Identity.Synthetic;

/// <summary>
/// RFC 4180 CSV: fields separated by commas (or another delimiter), optionally quoted with <c>"</c> (a quote inside doubled), records
/// separated by line breaks (quoted fields may span lines). Each record comes with its first line number.
/// </summary>
public static class Csv
{
    /// <summary>Reads every record with the line it starts on (1-based).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <param name="firstLine">The line number of the reader's first line (2 when the caller has read a header line).</param>
    /// <returns>The records.</returns>
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader, char delimiter = ',', int firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = firstLine;
        var start = firstLine;
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            any = true;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case var d when d == delimiter:
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return (start, fields.ToArray());
                    fields.Clear();
                    line++;
                    start = line;
                    any = false;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return (start, fields.ToArray());
        }
    }

    /// <summary>Writes one record, quoting fields that need it.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="fields">The fields.</param>
    public static void Write(TextWriter writer, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var f in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            var value = f ?? string.Empty;
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(value);
            }
        }

        writer.Write('\n');
    }
}
