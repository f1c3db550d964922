namespace Justice.Domain.Identity.Referential;

/// <summary>
/// <i>Stockage du référentiel de personnes</i>: where a <see cref="PersonReferential"/> keeps its records, their
/// blocking keys, the counts of their name values and the match model. The in-memory store
/// (<see cref="InMemoryPersonStore"/>) and the database adapters (<c>Justice.Domain.Identity.Sqlite</c>,
/// <c>Justice.Domain.Identity.PostgreSql</c>) implement it, and one contract test suite checks that they behave the
/// same.
/// </summary>
/// <remarks>
/// <para>
/// <b>Atomic writes.</b> <see cref="UpsertAsync"/> and <see cref="RemoveAsync"/> apply a whole batch or nothing: a
/// failure (a lost connection, a killed process, a cancellation) leaves the store as it was before the batch.
/// </para>
/// <para>
/// <b>Idempotent writes.</b> A record already stored with the same document is left as it is (same position), so
/// re-running an import that stopped half-way ends in the same store as one uninterrupted run.
/// </para>
/// <para>
/// <b>Consistent reads.</b> <see cref="FetchCandidatesAsync"/> reads its candidates and counts from one state of the
/// store, never from half a batch. Stores allow many readers with one writer at a time.
/// </para>
/// <para>
/// <b>Personal data.</b> A store holds the civil-status traits of <see cref="Records.PersonRecord"/> (names, sex,
/// birth date and place, nationality, identity document, source system), never case data and no NIR; its blocking keys
/// are 64-bit hashes and its term counts hold normalised names.
/// </para>
/// </remarks>
public interface IPersonStore
{
    /// <summary>Adds or replaces a batch of records, keyed by id, atomically.</summary>
    /// <param name="batch">The records, with distinct ids.</param>
    /// <param name="cancellationToken">Cancels the batch (nothing of it is then written).</param>
    /// <returns>What the batch did.</returns>
    Task<StoreWriteCounts> UpsertAsync(IReadOnlyList<StoredPerson> batch, CancellationToken cancellationToken = default);

    /// <summary>Removes records by id, atomically; an id not stored is ignored.</summary>
    /// <param name="ids">The ids.</param>
    /// <param name="cancellationToken">Cancels the removal (nothing is then removed).</param>
    /// <returns>How many records were removed.</returns>
    Task<int> RemoveAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Reads a query's candidates and the counts that weigh its exact agreements.</summary>
    /// <param name="request">The query's keys and terms.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The candidates and counts.</returns>
    Task<CandidateFetch> FetchCandidatesAsync(CandidateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Streams every stored record by ascending position, for a bulk run.</summary>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The records.</returns>
    IAsyncEnumerable<StoredCandidate> ReadAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the stored match model.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The model's JSON document, or null when none is stored.</returns>
    Task<string?> ReadModelAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores the match model, replacing any earlier one.</summary>
    /// <param name="version">The model document's version (<see cref="Scoring.MatchModel.Version"/>).</param>
    /// <param name="document">The model as JSON.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    Task SaveModelAsync(int version, string document, CancellationToken cancellationToken = default);

    /// <summary>Reads a setting of the referential (for example the blocking rules its keys were written with).</summary>
    /// <param name="name">The setting's name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The value, or null when the setting was never saved.</returns>
    Task<string?> ReadSettingAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Saves a setting of the referential, replacing any earlier value.</summary>
    /// <param name="name">The setting's name.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    Task SaveSettingAsync(string name, string value, CancellationToken cancellationToken = default);

    /// <summary>Counts what the store holds.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The statistics.</returns>
    Task<StoreStatistics> StatisticsAsync(CancellationToken cancellationToken = default);
}
