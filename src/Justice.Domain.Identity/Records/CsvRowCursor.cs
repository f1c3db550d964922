using System.Buffers;

namespace Justice.Domain.Identity.Records;

/// <summary>
/// Reads the rows of a <see cref="CsvChunk"/> one at a time, as the line-by-line reader of the tests reads them (the same fields, and
/// the line each row starts on), without a string per field: a row's fields, their quotes removed, are copied to a
/// buffer that the next row reuses, and given as ranges of it. A quoted field's line break reads as <c>\n</c>.
/// </summary>
internal sealed class CsvRowCursor
{
    private static readonly SearchValues<char> Quoted = SearchValues.Create("\"\r\n");
    private static readonly SearchValues<char> UnquotedComma = SearchValues.Create(",\"\r\n");
    private static readonly SearchValues<char> UnquotedSemicolon = SearchValues.Create(";\"\r\n");
    private static readonly SearchValues<char> UnquotedTab = SearchValues.Create("\t\"\r\n");
    private readonly SearchValues<char> unquoted;
    private readonly char delimiter;
    private char[] text = new char[256];
    private Range[] ranges = new Range[16];
    private int used;
    private int count;
    private int position;
    private int line;

    /// <summary>Creates a cursor over rows whose fields <paramref name="delimiter"/> separates.</summary>
    /// <param name="delimiter">A comma, semicolon or tab.</param>
    public CsvRowCursor(char delimiter = ',')
    {
        this.delimiter = delimiter;
        unquoted = delimiter switch
        {
            ',' => UnquotedComma,
            ';' => UnquotedSemicolon,
            '\t' => UnquotedTab,
            _ => throw new ArgumentOutOfRangeException(nameof(delimiter), delimiter, "The delimiter must be a comma, a semicolon or a tab."),
        };
    }

    /// <summary>The line the current row starts on.</summary>
    public int Line { get; private set; }

    /// <summary>The characters of the current row's fields.</summary>
    public ReadOnlySpan<char> Text => text.AsSpan(0, used);

    /// <summary>The current row's fields, as ranges of <see cref="Text"/>.</summary>
    public ReadOnlySpan<Range> Fields => ranges.AsSpan(0, count);

    /// <summary>Where the next row starts in the chunk.</summary>
    public int Position => position;

    /// <summary>The line the next row starts on.</summary>
    public int NextLine => line;

    /// <summary>Whether the current row is blank (one empty field).</summary>
    public bool IsBlank => count == 1 && ranges[0].Start.Value == ranges[0].End.Value;

    /// <summary>Reads the next row of <paramref name="chunk"/> from <see cref="Position"/> (set it with <see cref="Start"/>).</summary>
    /// <param name="chunk">The chunk.</param>
    /// <returns>False at the end of the chunk.</returns>
    public bool MoveNext(CsvChunk chunk)
    {
        var source = chunk.Text;
        var i = position;
        if (i >= source.Length)
        {
            return false;
        }

        Line = line;
        used = count = 0;
        var fieldStart = 0;
        var quoted = false;
        while (true)
        {
            var next = source[i..].IndexOfAny(quoted ? Quoted : unquoted);
            if (next < 0)
            {
                // The input ends within the row (in a quoted field left open, the rest is its text).
                Append(source[i..]);
                i = source.Length;
                break;
            }

            var p = i + next;
            Append(source[i..p]);
            var c = source[p];
            if (c == '"')
            {
                if (!quoted)
                {
                    if (used == fieldStart)
                    {
                        quoted = true;
                    }
                    else
                    {
                        Append("\"");
                    }

                    i = p + 1;
                }
                else if (p + 1 < source.Length && source[p + 1] == '"')
                {
                    Append("\"");
                    i = p + 2;
                }
                else
                {
                    quoted = false;
                    i = p + 1;
                }
            }
            else if (c == delimiter)
            {
                AddField(fieldStart);
                fieldStart = used;
                i = p + 1;
            }
            else
            {
                i = p + (c == '\r' && p + 1 < source.Length && source[p + 1] == '\n' ? 2 : 1);
                line++;
                if (!quoted)
                {
                    break;
                }

                if (i == source.Length && chunk.IsLast)
                {
                    // A line break that ends the input ends no field's text (as TextReader.ReadLine reads it).
                    break;
                }

                Append("\n");
            }
        }

        AddField(fieldStart);
        position = i;
        return true;
    }

    /// <summary>Starts reading a chunk at <paramref name="offset"/>, whose row starts on <paramref name="firstLine"/>.</summary>
    /// <param name="offset">Where the first row to read starts.</param>
    /// <param name="firstLine">Its line.</param>
    public void Start(int offset, int firstLine)
    {
        position = offset;
        line = firstLine;
    }

    private void Append(ReadOnlySpan<char> characters)
    {
        if (used + characters.Length > text.Length)
        {
            Array.Resize(ref text, Math.Max(2 * text.Length, used + characters.Length));
        }

        characters.CopyTo(text.AsSpan(used));
        used += characters.Length;
    }

    private void AddField(int start)
    {
        if (count == ranges.Length)
        {
            Array.Resize(ref ranges, 2 * ranges.Length);
        }

        ranges[count++] = start..used;
    }
}
