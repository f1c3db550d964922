using BenchmarkDotNet.Attributes;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Domain.Benchmarks.Identity;

/// <summary>
/// Reading identity rows into records: 10,000 synthetic rows per operation (figures per row, one core). Baseline: the
/// reference reader (<c>PersonRecordReader.ReadReference</c>: LINQ, regular expressions, a string per step).
/// <c>Read</c>: <see cref="PersonRecordReader.Read"/> on the same rows of strings. <c>ReadRow</c>:
/// <see cref="PersonRecordReader.ReadRow"/> on each row's text and field ranges, as the <c>justice identity</c>
/// commands read a file (only the values a record keeps become strings; the caller checks the ids).
/// </summary>
[MemoryDiagnoser]
public class PersonRecordReaderBenchmarks
{
    private const int Rows = 10_000;
    private string[][] rows = [];
    private string text = string.Empty;
    private Range[][] ranges = [];

    [GlobalSetup]
    public void Setup()
    {
        rows = new SyntheticGenerator().Generate(6_000, 7).Rows.Take(Rows).ToArray();
        if (rows.Length != Rows)
        {
            throw new InvalidOperationException("The generator gave fewer rows than the benchmark needs.");
        }

        (text, ranges) = RowText.Layout(rows);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public int Reference() => PersonRecordReader.ReadReference(rows, "synthetic").Records.Count;

    [Benchmark(OperationsPerInvoke = Rows)]
    public int Read() => PersonRecordReader.Read(rows, "synthetic").Records.Count;

    [Benchmark(OperationsPerInvoke = Rows)]
    public int ReadRow()
    {
        var errors = new List<RecordError>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var read = 0;
        for (var r = 0; r < Rows; r++)
        {
            if (PersonRecordReader.ReadRow(text, ranges[r], r + 2, "synthetic", errors, out var id) is not null && ids.Add(id!))
            {
                read++;
            }
        }

        return read;
    }
}
