using System.IO.Compression;
using System.Text;

namespace Justice.Domain.Identity.Synthetic;

/// <summary>
/// The data files this assembly carries as resources (see <c>Data/README.md</c>): the INSEE communes and the FEBRL
/// benchmark, so that the samples, tests and benchmarks need nothing outside the repository.
/// </summary>
public static class EmbeddedData
{
    /// <summary>The FEBRL files carried: <c>febrl-dataset1.csv</c> … <c>febrl-dataset3.csv</c>, <c>febrl-dataset4a.csv</c>, <c>febrl-dataset4b.csv</c>.</summary>
    public static IReadOnlyList<string> FebrlFiles { get; } =
        ["febrl-dataset1.csv", "febrl-dataset2.csv", "febrl-dataset3.csv", "febrl-dataset4a.csv", "febrl-dataset4b.csv"];

    /// <summary>Opens the INSEE communes file (<c>communes.csv</c>, UTF-8, header row).</summary>
    /// <returns>A reader the caller disposes.</returns>
    public static TextReader OpenCommunes() => Open("communes.csv.gz");

    /// <summary>Opens one FEBRL file.</summary>
    /// <param name="file">One of <see cref="FebrlFiles"/>.</param>
    /// <returns>A reader the caller disposes.</returns>
    /// <exception cref="ArgumentException">The file is not one of <see cref="FebrlFiles"/>.</exception>
    public static TextReader OpenFebrl(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!FebrlFiles.Contains(file, StringComparer.Ordinal))
        {
            throw new ArgumentException("Unknown FEBRL file; expected one of: " + string.Join(", ", FebrlFiles) + ".", nameof(file));
        }

        return Open(file + ".gz");
    }

    private static StreamReader Open(string resource)
    {
        var name = "Justice.Domain.Identity.Synthetic." + resource;
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("The resource " + name + " is missing from the assembly.");
        return new StreamReader(new GZipStream(stream, CompressionMode.Decompress), new UTF8Encoding(false, throwOnInvalidBytes: true));
    }
}
