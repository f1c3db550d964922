using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Referential.Tests.Contract;

namespace Justice.Domain.Identity.Referential.Tests;

/// <summary>
/// <see cref="PersonReferential.ImportAsync"/> when its records' source fails halfway (a file that stops decoding):
/// the batch being written when the source fails is written before the error goes up, and the batches before it stay.
/// </summary>
public sealed class ImportSourceFailureTests
{
    [Fact]
    public async Task SourceFailsWhileABatchIsWritten_TheErrorGoesUpOnceThatBatchIsStored()
    {
        var records = Enumerable.Range(0, 10).Select(i => ContractPeople.Person(i, i * 7_919)).ToArray();
        var source = new FailingSource(records);
        var store = new SlowStore(new InMemoryPersonStore(), source);
        var referential = await PersonReferential.OpenAsync(store);

        // Batches of 5: records 0-4 are written while 5-9 are read; 5-9 are being written when the 11th read fails.
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => referential.ImportAsync(source.Records(), batchSize: 5));
        Assert.Equal("the source failed", error.Message);
        Assert.Equal(2, store.BatchesStored);
        Assert.Equal(10, (await store.StatisticsAsync()).Records);

        // Running the import again on a whole source stores nothing twice.
        var again = await referential.ImportAsync(records, batchSize: 5);
        Assert.Equal((0, 10), (again.Added, again.Unchanged));
    }

    /// <summary>Ten records, then an error.</summary>
    private sealed class FailingSource(IReadOnlyList<PersonRecord> records)
    {
        public volatile bool Failed;

        public IEnumerable<PersonRecord> Records()
        {
            foreach (var record in records)
            {
                yield return record;
            }

            Failed = true;
            throw new InvalidDataException("the source failed");
        }
    }

    /// <summary>A store whose second batch is written only once the source has failed.</summary>
    private sealed class SlowStore(IPersonStore inner, FailingSource source) : IPersonStore
    {
        private int batches;

        public int BatchesStored { get; private set; }

        public async Task<StoreWriteCounts> UpsertAsync(IReadOnlyList<StoredPerson> batch, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref batches) == 2)
            {
                while (!source.Failed)
                {
                    await Task.Delay(5, cancellationToken);
                }

                await Task.Delay(50, cancellationToken);
            }

            var counts = await inner.UpsertAsync(batch, cancellationToken);
            BatchesStored++;
            return counts;
        }

        public Task<int> RemoveAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default) => inner.RemoveAsync(ids, cancellationToken);

        public Task<CandidateFetch> FetchCandidatesAsync(CandidateRequest request, CancellationToken cancellationToken = default) => inner.FetchCandidatesAsync(request, cancellationToken);

        public IAsyncEnumerable<StoredCandidate> ReadAllAsync(CancellationToken cancellationToken = default) => inner.ReadAllAsync(cancellationToken);

        public Task<string?> ReadModelAsync(CancellationToken cancellationToken = default) => inner.ReadModelAsync(cancellationToken);

        public Task SaveModelAsync(int version, string document, CancellationToken cancellationToken = default) => inner.SaveModelAsync(version, document, cancellationToken);

        public Task<string?> ReadSettingAsync(string name, CancellationToken cancellationToken = default) => inner.ReadSettingAsync(name, cancellationToken);

        public Task SaveSettingAsync(string name, string value, CancellationToken cancellationToken = default) => inner.SaveSettingAsync(name, value, cancellationToken);

        public Task<StoreStatistics> StatisticsAsync(CancellationToken cancellationToken = default) => inner.StatisticsAsync(cancellationToken);
    }
}
