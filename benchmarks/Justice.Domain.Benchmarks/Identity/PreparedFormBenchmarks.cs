using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Serialization;

namespace Justice.Domain.Benchmarks.Identity;

/// <summary>
/// What a partition of an Orleans referential does with each record copy it scores: 10,000 synthetic records per
/// operation (figures per record, one core). Baseline: read the stored JSON document and prepare it with a new
/// <see cref="CivilStatusPreparer"/> per operation (a partition builds one per run). <c>ReadPreparedForm</c>: read the
/// prepared form the import sent (<see cref="CivilStatusProfile.TryReadPrepared"/>), the blocking keys computed again
/// from its fields. <c>WritePreparedForm</c>: what the importing process adds per record.
/// </summary>
[MemoryDiagnoser]
public class PreparedFormBenchmarks
{
    private const int Records = 10_000;
    private string[] documents = [];
    private byte[][] forms = [];
    private PreparedRecord[] prepared = [];
    private CivilStatusProfile profile = null!;

    [GlobalSetup]
    public void Setup()
    {
        var records = BenchmarkRecords.Take(Records);
        profile = CivilStatusProfile.Default;
        documents = [.. records.Select(r => JsonSerializer.Serialize(r, IdentityJsonContext.Default.PersonRecord))];
        prepared = [.. records.Select(profile.Prepare)];
        forms = [.. prepared.Select(p => profile.WritePrepared(p) ?? throw new InvalidOperationException("The default profile has a prepared form."))];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Records)]
    public int PrepareDocument()
    {
        var preparer = new CivilStatusPreparer(profile);
        var keys = 0;
        foreach (var document in documents)
        {
            keys += preparer.Prepare(JsonSerializer.Deserialize(document, IdentityJsonContext.Default.PersonRecord)!).BlockingKeys.Length;
        }

        return keys;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public int ReadPreparedForm()
    {
        var keys = 0;
        foreach (var form in forms)
        {
            keys += profile.TryReadPrepared(form, out var record) ? record.BlockingKeys.Length : throw new InvalidOperationException("A form was refused.");
        }

        return keys;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public int WritePreparedForm()
    {
        var bytes = 0;
        foreach (var record in prepared)
        {
            bytes += profile.WritePrepared(record)!.Length;
        }

        return bytes;
    }
}
