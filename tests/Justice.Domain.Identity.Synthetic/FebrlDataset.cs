using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;

namespace Justice.Domain.Identity.Synthetic;

/// <summary>Reads a FEBRL dataset file (comma and space separated, header row, no quoting) and its truth.</summary>
public static class FebrlDataset
{
    /// <summary>Reads one of the FEBRL files embedded in this assembly (<see cref="EmbeddedData.FebrlFiles"/>).</summary>
    /// <param name="file">The file name, such as <c>febrl-dataset1.csv</c>.</param>
    /// <returns>The records.</returns>
    public static IReadOnlyList<FebrlRecord> ReadEmbedded(string file)
    {
        using var reader = EmbeddedData.OpenFebrl(file);
        return Read(reader);
    }

    /// <summary>Reads the records of a FEBRL file.</summary>
    /// <param name="reader">The text, header row first.</param>
    /// <returns>The records.</returns>
    public static IReadOnlyList<FebrlRecord> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new List<FebrlRecord>();
        reader.ReadLine();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var f = line.Split(',').Select(x => x.Trim()).ToArray();
            if (f.Length < 11)
            {
                continue;
            }

            string? V(int i) => f[i].Length == 0 ? null : f[i];
            records.Add(new FebrlRecord(f[0], V(1), V(2), V(3), V(4), V(5), V(6), V(7), V(8), V(9), V(10)));
        }

        return records;
    }

    /// <summary>The person of a FEBRL id: <c>rec-N-org</c> and <c>rec-N-dup-K</c> are person N.</summary>
    /// <param name="id">The record id.</param>
    /// <returns>The person key.</returns>
    public static string Person(string id)
    {
        var parts = id.Split('-');
        return parts.Length >= 2 ? parts[1] : id;
    }
}
