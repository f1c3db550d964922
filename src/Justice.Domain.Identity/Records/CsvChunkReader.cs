using System.Buffers;

namespace Justice.Domain.Identity.Records;

/// <summary>
/// Cuts a CSV stream into chunks of whole rows (RFC 4180: a quoted field may hold commas, quotes and line breaks), so
/// that the rows of each chunk can be parsed on any thread while the next chunk is read. Only the quote state is
/// followed here, jumping from one quote or line break to the next; the rows are parsed by <see cref="CsvRowCursor"/>,
/// which reads them as the line-by-line reader of the tests does (the same fields and lines on any text). Holds one chunk (and a row
/// longer than a chunk) at a time, never the whole file.
/// </summary>
internal sealed class CsvChunkReader
{
    /// <summary>
    /// The longest row read, in characters (16 Mi, 32 MB of text): far over any row of fields within
    /// <see cref="IdentityCsvLayout.MaxFieldLength"/> (such a row is rejected on its own),
    /// it stops a quoted field left open from swallowing the rest of a large file into one buffer.
    /// </summary>
    public const int MaxRowChars = 1 << 24;

    private static readonly SearchValues<char> Special = SearchValues.Create("\"\r\n");
    private readonly TextReader reader;
    private readonly int chunkChars;
    private readonly char delimiter;
    private char[] buffer;
    private int length;
    private int nextLine;
    private bool ended;

    /// <summary>Creates a reader of chunks of about <paramref name="chunkChars"/> characters.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="chunkChars">The chunk size; a longer row makes a longer chunk.</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <param name="firstLine">The line number of the reader's first line (2 after a header read by the caller).</param>
    public CsvChunkReader(TextReader reader, int chunkChars, char delimiter = ',', int firstLine = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkChars, 16);
        this.reader = reader;
        this.chunkChars = chunkChars;
        this.delimiter = delimiter;
        nextLine = firstLine;
        buffer = ArrayPool<char>.Shared.Rent(chunkChars);
    }

    /// <summary>Reads the next chunk of whole rows; null at the end of the input.</summary>
    /// <returns>The chunk, which the caller releases.</returns>
    /// <exception cref="InvalidDataException">A row runs over <see cref="MaxRowChars"/>.</exception>
    public CsvChunk? Next()
    {
        while (true)
        {
            while (!ended && length < buffer.Length)
            {
                var read = reader.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    ended = true;
                }

                length += read;
            }

            if (length == 0)
            {
                return null;
            }

            int end, lines;
            if (ended)
            {
                (end, lines) = (length, 0);
            }
            else
            {
                end = LastRowEnd(buffer.AsSpan(0, length), out lines, delimiter);
                if (end == 0)
                {
                    if (length >= MaxRowChars)
                    {
                        throw new InvalidDataException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                            $"line {nextLine}: the row runs over {MaxRowChars:N0} characters without ending (a quoted field left open?)"));
                    }

                    // One row longer than the buffer (a long quoted field): read on with a larger buffer.
                    var larger = ArrayPool<char>.Shared.Rent(checked(buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<char>.Shared.Return(buffer);
                    buffer = larger;
                    continue;
                }
            }

            var chunk = new CsvChunk(buffer, end, nextLine, ended && end == length);
            nextLine += lines;
            var rest = ArrayPool<char>.Shared.Rent(Math.Max(chunkChars, 2 * (length - end)));
            buffer.AsSpan(end, length - end).CopyTo(rest);
            buffer = rest;
            length -= end;
            return chunk;
        }
    }

    /// <summary>
    /// The end of the last row that is whole in <paramref name="text"/> (after its line break; 0 when none is), and the
    /// line breaks before it. A line break inside a quoted field does not end a row; a quote opens a quoted field only
    /// at the start of a field, as the line-by-line reader of the tests reads it. More text could change what a carriage return or a
    /// quote at the very end means, so the row they are in is left for the next chunk.
    /// </summary>
    internal static int LastRowEnd(ReadOnlySpan<char> text, out int lines, char delimiter = ',')
    {
        var (i, lastEnd, breaks, lines0) = (0, 0, 0, 0);
        var quoted = false;

        // Whether the field being read has text so far, and where the unquoted text since that was known starts.
        var fieldEmpty = true;
        var segmentStart = 0;
        while (true)
        {
            var next = text[i..].IndexOfAny(Special);
            if (next < 0)
            {
                break;
            }

            var p = i + next;
            if (text[p] == '"')
            {
                if (!quoted)
                {
                    quoted = p == segmentStart ? fieldEmpty : text[p - 1] == delimiter;
                    fieldEmpty = quoted;
                    i = p + 1;
                    continue;
                }

                if (p > i)
                {
                    fieldEmpty = false;
                }

                if (p + 1 == text.Length)
                {
                    break;
                }

                if (text[p + 1] == '"')
                {
                    fieldEmpty = false;
                    i = p + 2;
                }
                else
                {
                    quoted = false;
                    i = segmentStart = p + 1;
                }

                continue;
            }

            // A line break: \n, \r\n or \r (known only with the next character).
            if (text[p] == '\r' && p + 1 == text.Length)
            {
                break;
            }

            i = p + (text[p] == '\r' && text[p + 1] == '\n' ? 2 : 1);
            breaks++;
            if (quoted)
            {
                fieldEmpty = false;
            }
            else
            {
                (lastEnd, lines0, segmentStart, fieldEmpty) = (i, breaks, i, true);
            }
        }

        lines = lines0;
        return lastEnd;
    }
}
