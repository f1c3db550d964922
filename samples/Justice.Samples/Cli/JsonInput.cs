using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Samples.Cli;

/// <summary>
/// Reads the JSON inputs of the CLI (scenarios, requests, models): the text in the encoding asked (strict UTF-8 by
/// default: an invalid byte is an error naming its line), and a JSON error given with the file's name and a 1-based
/// line and position.
/// </summary>
internal static partial class JsonInput
{
    /// <summary>Reads <paramref name="path"/> and runs <paramref name="parse"/> on its text; a <see cref="JsonException"/> names the file, line and position.</summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding.</param>
    /// <param name="parse">Parses the text.</param>
    /// <returns>What <paramref name="parse"/> returns.</returns>
    public static T Read<T>(string path, Encoding encoding, Func<string, T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var text = TextInput.ReadAllText(path, encoding);
        try
        {
            return parse(text);
        }
        catch (JsonException ex)
        {
            throw Describe(path, ex);
        }
    }

    /// <summary>Reads <paramref name="path"/> and checks that it is JSON (for readers that report a syntax error without its line).</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding.</param>
    /// <param name="options">The syntax accepted.</param>
    /// <returns>The text.</returns>
    public static string ReadText(string path, Encoding encoding, JsonDocumentOptions options = default) =>
        Read(path, encoding, text =>
        {
            using var document = JsonDocument.Parse(text, options);
            return text;
        });

    /// <summary>The error of a JSON file: its name, the 1-based line and position, and the parser's reason.</summary>
    /// <param name="path">The file.</param>
    /// <param name="ex">The parser's exception.</param>
    /// <returns>The error to throw.</returns>
    public static CliUsageException Describe(string path, JsonException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var reason = Position().Replace(ex.Message, string.Empty).Trim().TrimEnd('.');
        var where = ex.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $", line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}")
            : string.Empty;
        return new CliUsageException(Path.GetFileName(path) + where + ": " + reason + ".", ex);
    }

    [GeneratedRegex(@"\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?")]
    private static partial Regex Position();
}
