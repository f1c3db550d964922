using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Domain.Identity.Tests.Evaluation;

/// <summary>A persons CSV read one row at a time (<see cref="IdentityCsv.Stream"/>): lazily, with the rejections of <see cref="IdentityCsv.Read(TextReader, string?, string, char?)"/>.</summary>
public sealed class PersonCsvStreamTests
{
    private static readonly string Csv = string.Join(',', PersonRecordReader.Columns) + "\n"
        + "a,,DUPONT,,Jean,,M,1970-03-12,,75056,,,,FR\n"   // line 2: kept
        + ",,DURAND,,Paul,,M,1971-04-01,,,,,,FR\n"        // line 3: no id
        + "a,,MARTIN,,Luc,,M,1972-05-02,,,,,,FR\n"        // line 4: the id of line 2
        + "b,,,,,,,,,,,,,\n"                              // line 5: no identifying field, its id taken all the same
        + "b,,LEROY,,Anne,,F,1980-01-01,,,,,,FR\n"        // line 6: the id of line 5
        + "c,,PETIT,,Marie,,F,1981-02-03,,,,,,FR\n";      // line 7: kept

    [Fact]
    public void Records_ReadAsEnumerated_RejectionsInLineOrder_ThenTheReadersError()
    {
        var stream = IdentityCsv.Stream(new FailingAtTheEnd(Csv), "src");
        using var records = stream.Records.GetEnumerator();

        Assert.True(records.MoveNext());
        Assert.Equal(("a", "src"), (records.Current.Id, records.Current.SourceSystem));
        Assert.Equal((1, 0), (stream.RecordsRead, stream.RejectedRows));

        Assert.True(records.MoveNext());
        Assert.Equal("c", records.Current.Id);
        Assert.Equal([3, 4, 5, 6], stream.Errors.Select(e => e.Line));
        Assert.Equal("duplicate id", stream.Errors[1].Rule);
        Assert.Equal("duplicate id", stream.Errors[3].Rule);
        Assert.Equal((2, 4), (stream.RecordsRead, stream.RejectedRows));

        // The text ends in an error of the reader's: it goes up from the enumeration, after the records before it.
        Assert.Throws<IOException>(() => records.MoveNext());
    }

    [Fact]
    public void Read_IsTheStreamToItsEnd()
    {
        var stream = IdentityCsv.Stream(new StringReader(Csv), "src");
        var streamed = stream.Records.ToList();
        var read = IdentityCsv.Read(new StringReader(Csv), "src");
        Assert.Equal(streamed.Select(r => r.Id), read.Records.Select(r => r.Id));
        Assert.Equal(stream.Errors, read.Errors);
        Assert.Equal(stream.RejectedRows, read.RejectedRows);
    }

    [Fact]
    public void Records_EnumeratedTwice_ClearError()
    {
        var stream = IdentityCsv.Stream(new StringReader(Csv), "src");
        _ = stream.Records.Count();
        var error = Assert.Throws<InvalidOperationException>(() => stream.Records);
        Assert.Contains("read once", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A text whose reading fails once its last character is read.</summary>
    private sealed class FailingAtTheEnd(string text) : TextReader
    {
        private readonly StringReader inner = new(text);

        public override int Peek() => inner.Peek();

        public override int Read() => inner.Read() is var c and >= 0 ? c : throw new IOException("the disk failed");
    }
}
