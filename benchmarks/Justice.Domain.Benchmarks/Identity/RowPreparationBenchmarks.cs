using BenchmarkDotNet.Attributes;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Domain.Benchmarks.Identity;

/// <summary>
/// From a row's text to a prepared record: 10,000 synthetic rows per operation (figures per row, one core), with a
/// preparer that has already seen the values, as for most rows of a large file. Baseline:
/// <see cref="PersonRecordReader.ReadRow"/> then <see cref="CivilStatusPreparer.Prepare"/> (a record of strings built,
/// then looked up). <c>PrepareRow</c>: <see cref="CivilStatusPreparer.PrepareRow"/>, what <c>justice identity
/// dedupe</c> runs (the same checks, the tables looked up by the row's text, only the id made a string).
/// </summary>
[MemoryDiagnoser]
public class RowPreparationBenchmarks
{
    private const int Rows = 10_000;
    private string text = string.Empty;
    private Range[][] ranges = [];
    private CivilStatusPreparer preparer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rows = new SyntheticGenerator().Generate(6_000, 7).Rows.Take(Rows).ToArray();
        if (rows.Length != Rows)
        {
            throw new InvalidOperationException("The generator gave fewer rows than the benchmark needs.");
        }

        (text, ranges) = RowText.Layout(rows);
        preparer = new CivilStatusPreparer(CivilStatusProfile.Default);
        ReadRowThenPrepare();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public int ReadRowThenPrepare()
    {
        var errors = new List<RecordError>();
        var keys = 0;
        for (var r = 0; r < Rows; r++)
        {
            if (PersonRecordReader.ReadRow(text, ranges[r], r + 2, null, errors, out _) is { } record)
            {
                keys += preparer.Prepare(record).BlockingKeys.Length;
            }
        }

        return keys;
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public int PrepareRow()
    {
        var errors = new List<RecordError>();
        var keys = 0;
        for (var r = 0; r < Rows; r++)
        {
            if (preparer.PrepareRow(text, ranges[r], r + 2, errors, out _) is { } prepared)
            {
                keys += prepared.BlockingKeys.Length;
            }
        }

        return keys;
    }
}
