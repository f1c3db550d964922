using System.Text;

namespace Justice.Domain.Identity.Tests.Records;

/// <summary>
/// Streams RFC 4180 CSV rows from a reader, line by line (a quoted field may span lines), so that a million-row
/// file is never held whole: each row's text is dropped once the row is parsed.
/// </summary>
internal static class CsvRows
{
    /// <summary>Reads rows with the line each starts on (1-based).</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The rows.</returns>
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader)
    {
        var lineNumber = 0;
        var fields = new List<string>(16);
        var field = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var start = lineNumber;
            fields.Clear();
            if (line.IndexOf('"', StringComparison.Ordinal) < 0)
            {
                yield return (start, line.Split(','));
                continue;
            }

            var quoted = false;
            field.Clear();
            while (true)
            {
                for (var i = 0; i < line.Length; i++)
                {
                    var c = line[i];
                    if (quoted)
                    {
                        if (c != '"')
                        {
                            field.Append(c);
                        }
                        else if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i++;
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else if (c == '"' && field.Length == 0)
                    {
                        quoted = true;
                    }
                    else if (c == ',')
                    {
                        fields.Add(field.ToString());
                        field.Clear();
                    }
                    else
                    {
                        field.Append(c);
                    }
                }

                if (!quoted || reader.ReadLine() is not { } next)
                {
                    break;
                }

                // A quoted field goes on over the line break.
                field.Append('\n');
                line = next;
                lineNumber++;
            }

            fields.Add(field.ToString());
            yield return (start, fields.ToArray());
        }
    }
}
