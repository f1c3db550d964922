using System.CommandLine;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Samples.Cli;

/// <summary>The <c>--encoding</c> and <c>--delimiter</c> options of the commands that read files, and the format they give.</summary>
internal static class InputOptions
{
    /// <summary>Creates <c>--encoding</c>.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> Encoding() => new("--encoding")
    {
        Description = "Encoding of the input files: utf-8 (default; an invalid byte is an error naming its line), latin1 or windows-1252 (exports of older systems).",
    };

    /// <summary>Creates <c>--delimiter</c>.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> Delimiter() => new("--delimiter")
    {
        Description = "CSV delimiter: ',' ';' or 'tab'; detected from the header when absent.",
    };

    /// <summary>The format the options give.</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="encoding">The <c>--encoding</c> option.</param>
    /// <param name="delimiter">The <c>--delimiter</c> option, or null for a JSON input.</param>
    /// <returns>The format.</returns>
    /// <exception cref="CliUsageException">A value is not supported.</exception>
    public static InputFormat Format(ParseResult parse, Option<string?> encoding, Option<string?>? delimiter = null)
    {
        try
        {
            return new InputFormat(TextInput.ParseEncoding(parse.GetValue(encoding)), delimiter is null ? null : ParseDelimiter(parse.GetValue(delimiter)));
        }
        catch (ArgumentException ex)
        {
            throw new CliUsageException(ex.Message[..(ex.Message.IndexOf(" (Parameter", StringComparison.Ordinal) is var i and >= 0 ? i : ex.Message.Length)], ex);
        }
    }

    /// <summary>Parses the CLI's <c>--delimiter</c>: <c>,</c> <c>;</c> <c>tab</c> (or <c>\t</c>, a tab character), <c>comma</c>, <c>semicolon</c>; null when not given.</summary>
    /// <param name="text">The option's value, or null.</param>
    /// <returns>The delimiter, or null to detect it.</returns>
    /// <exception cref="ArgumentException">The value is not one of those.</exception>
    public static char? ParseDelimiter(string? text) => text switch
    {
        null => null,
        "," or "comma" => ',',
        ";" or "semicolon" => ';',
        "\t" or "\\t" or "tab" => '\t',
        _ => throw new ArgumentException("--delimiter '" + text + "' is not supported; expected ',' (comma), ';' (semicolon) or 'tab'.", nameof(text)),
    };
}
