using System.Buffers.Binary;
using System.Text;
using Justice.Domain.Identity.Referential;

namespace Justice.Domain.Identity.Sqlite;

/// <summary>
/// How a record's prepared forms are kept in its row, so that replacing or removing it can take back its keys and term
/// counts without reading anything else: the blocking keys as 8-byte little-endian integers, the terms as
/// "field:value" lines (normalised names hold no line break).
/// </summary>
internal static class StoredForms
{
    public static byte[] Keys(IReadOnlyList<ulong> keys)
    {
        var bytes = new byte[keys.Count * sizeof(ulong)];
        for (var k = 0; k < keys.Count; k++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(k * sizeof(ulong)), keys[k]);
        }

        return bytes;
    }

    public static ulong[] Keys(byte[] bytes)
    {
        var keys = new ulong[bytes.Length / sizeof(ulong)];
        for (var k = 0; k < keys.Length; k++)
        {
            keys[k] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(k * sizeof(ulong)));
        }

        return keys;
    }

    public static string Terms(IReadOnlyList<TermValue> terms)
    {
        var text = new StringBuilder();
        foreach (var term in terms)
        {
            if (term.Value.Contains('\n', StringComparison.Ordinal))
            {
                throw new ArgumentException("a term value must not hold a line break", nameof(terms));
            }

            text.Append(term.Field.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(':').Append(term.Value).Append('\n');
        }

        return text.ToString();
    }

    public static TermValue[] Terms(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var terms = new TermValue[lines.Length];
        for (var t = 0; t < lines.Length; t++)
        {
            var colon = lines[t].IndexOf(':', StringComparison.Ordinal);
            terms[t] = new TermValue(int.Parse(lines[t].AsSpan(0, colon), System.Globalization.CultureInfo.InvariantCulture), lines[t][(colon + 1)..]);
        }

        return terms;
    }
}
