using FsCheck.Xunit;
using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Tests.Records;

/// <summary>The chunked reader and its row cursor against <see cref="CsvRows"/>, the straightforward reader, on random text.</summary>
public sealed class CsvChunkReaderTests
{
    // Text made of what CSV rows are made of: separators, quotes (opening, closing, doubled, misplaced), the three line
    // breaks, white space and a non-ASCII letter; whether it ends with a line break or not.
    private static readonly Gen<string> Text =
        Gen.Elements("a", "b", "é", ",", ",", "\"", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\n\n")
            .ArrayOf()
            .Select(parts => string.Concat(parts));

    [Property]
    public Property Chunks_RandomText_SameRowsAndLinesAsCsvRows()
    {
        return Prop.ForAll(Text.ToArbitrary(), Gen.Choose(16, 40).ToArbitrary(), (text, size) =>
        {
            var expected = CsvRows.Read(new StringReader(text)).Select(r => (r.Line, string.Join("|", r.Fields.Select(Escape)))).ToList();
            Assert.Equal(expected, Rows(text, size));
        });
    }

    [Fact]
    public void Chunks_QuotedFieldsWithLineBreaksAcrossChunks_KeepRowsWhole()
    {
        var text = "id,name\r\n1,\"Du\r\npont, \"\"Jean\"\"\"\r\n2,b\n\n3,\"c\"\n";
        Assert.Equal(
            [(1, "id|name"), (2, "1|Du\\npont, \"Jean\""), (4, "2|b"), (5, ""), (6, "3|c")],
            Rows(text, 16));
    }

    [Fact]
    public void LastRowEnd_CarriageReturnOrQuoteAtTheEnd_LeavesTheRowForMoreText()
    {
        Assert.Equal(4, CsvChunkReader.LastRowEnd("a,b\nc\r", out var lines));
        Assert.Equal(1, lines);
        Assert.Equal(0, CsvChunkReader.LastRowEnd("\"a\"", out _));
        Assert.Equal(0, CsvChunkReader.LastRowEnd("\"a\nb\n", out _));
        Assert.Equal(6, CsvChunkReader.LastRowEnd("x\"a\nb\n", out lines));
        Assert.Equal(2, lines);
    }

    private static List<(int, string)> Rows(string text, int size)
    {
        var reader = new CsvChunkReader(new StringReader(text), size);
        var cursor = new CsvRowCursor();
        var rows = new List<(int, string)>();
        while (reader.Next() is { } chunk)
        {
            cursor.Start(0, chunk.FirstLine);
            while (cursor.MoveNext(chunk))
            {
                var fields = new List<string>();
                foreach (var range in cursor.Fields)
                {
                    fields.Add(Escape(cursor.Text[range].ToString()));
                }

                rows.Add((cursor.Line, string.Join("|", fields)));
            }

            chunk.Release();
        }

        return rows;
    }

    private static string Escape(string field) => field.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
}
