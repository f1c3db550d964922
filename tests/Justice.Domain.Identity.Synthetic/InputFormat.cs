using System.Text;

namespace Justice.Domain.Identity.Synthetic;

/// <summary>How to read a text input: its encoding, and for a CSV file its delimiter (null: detected from the header).</summary>
/// <param name="Encoding">The encoding; <see cref="TextInput.StrictUtf8"/> by default.</param>
/// <param name="Delimiter">The CSV delimiter, or null to detect it.</param>
public sealed record InputFormat(Encoding Encoding, char? Delimiter = null)
{
    /// <summary>Strict UTF-8, the delimiter detected.</summary>
    public static InputFormat Default { get; } = new(TextInput.StrictUtf8);
}
