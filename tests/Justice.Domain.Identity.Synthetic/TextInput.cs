using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Justice.Domain.Identity.Synthetic;

/// <summary>
/// The text encodings the samples read (UTF-8 by default, Latin-1 and Windows-1252 for exports of older systems), and
/// the reading of a file that turns a byte sequence the encoding cannot decode into an error naming the file and line.
/// </summary>
public static class TextInput
{
    /// <summary>The names <see cref="ParseEncoding"/> accepts, as the CLI's <c>--encoding</c> documents them.</summary>
    public static IReadOnlyList<string> EncodingNames { get; } = ["utf-8", "latin1", "windows-1252"];

    /// <summary>Strict UTF-8 without a byte-order mark: an invalid byte sequence throws instead of becoming U+FFFD.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The encoding named <paramref name="name"/>: <c>utf-8</c> (strict, the default when null), <c>latin1</c>
    /// (ISO-8859-1, every byte a character) or <c>windows-1252</c> (Latin-1 with the typographic characters of 0x80–0x9F,
    /// from <see cref="CodePagesEncodingProvider"/>).
    /// </summary>
    /// <param name="name">The name, case-insensitive (also <c>utf8</c>, <c>iso-8859-1</c>, <c>cp1252</c>).</param>
    /// <returns>The encoding.</returns>
    /// <exception cref="ArgumentException">The name is none of <see cref="EncodingNames"/>.</exception>
    public static Encoding ParseEncoding(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "utf-8" or "utf8" => StrictUtf8,
        "latin1" or "latin-1" or "iso-8859-1" => Encoding.Latin1,
        "windows-1252" or "cp1252" => CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            ?? throw new InvalidOperationException("The Windows-1252 code page is not available on this runtime."),
        _ => throw new ArgumentException("--encoding '" + name + "' is not supported; expected " + string.Join(", ", EncodingNames) + ".", nameof(name)),
    };

    /// <summary>
    /// Opens <paramref name="path"/> as text in <paramref name="encoding"/> (a UTF-8 byte-order mark, when present, is
    /// skipped and wins) and runs <paramref name="read"/> on it; an undecodable byte sequence becomes an
    /// <see cref="InvalidDataException"/> naming the file and its line.
    /// </summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding (<see cref="StrictUtf8"/> for UTF-8 with errors).</param>
    /// <param name="read">Reads the text.</param>
    /// <param name="bufferSize">The reader's buffer.</param>
    /// <returns>What <paramref name="read"/> returns.</returns>
    public static T Read<T>(string path, Encoding encoding, Func<StreamReader, T> read, int bufferSize = 1 << 16)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true, bufferSize);
            return read(reader);
        }
        catch (DecoderFallbackException)
        {
            throw Undecodable(path, encoding);
        }
    }

    /// <summary>Reads the whole of <paramref name="path"/> as text in <paramref name="encoding"/>, as <see cref="Read{T}"/> does.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding.</param>
    /// <returns>The text.</returns>
    public static string ReadAllText(string path, Encoding encoding) => Read(path, encoding, reader => reader.ReadToEnd());

    /// <summary>The error of a file that <paramref name="encoding"/> cannot decode: its name, the first bad line (for UTF-8) and what to try.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding it was read in.</param>
    /// <returns>The error.</returns>
    public static InvalidDataException Undecodable(string path, Encoding encoding)
    {
        var name = Path.GetFileName(path);
        if (encoding is not UTF8Encoding)
        {
            return new InvalidDataException(name + " has bytes that " + encoding.WebName + " does not define.");
        }

        using var stream = File.OpenRead(path);
        var line = FirstInvalidUtf8Line(stream);
        return new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
            $"{name}: line {line} is not valid UTF-8; if the file comes from an older system, give --encoding latin1 or --encoding windows-1252."));
    }

    /// <summary>The 1-based line of the first invalid UTF-8 sequence in <paramref name="stream"/>, or 0 when there is none. O(n), in blocks of 64 KiB.</summary>
    /// <param name="stream">The bytes, read to their end.</param>
    /// <returns>The line.</returns>
    public static int FirstInvalidUtf8Line(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = ArrayPool<byte>.Shared.Rent(1 << 16);
        var chars = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            var (line, carry) = (1, 0);
            while (true)
            {
                var read = stream.Read(bytes, carry, bytes.Length - carry);
                var block = bytes.AsSpan(0, carry + read);
                var status = Utf8.ToUtf16(block, chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: read == 0);
                line += block[..consumed].Count((byte)'\n');
                if (status == OperationStatus.InvalidData)
                {
                    return line;
                }

                if (read == 0)
                {
                    return 0;
                }

                // An incomplete sequence at the end of the block is read again with the next one.
                block[consumed..].CopyTo(bytes);
                carry = block.Length - consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
