using System.Collections;
using System.Text;
using Justice.Domain.Identity.Referential;

namespace Justice.Domain.Identity.Orleans;

/// <summary>
/// The layout an <see cref="OrleansPersonStore"/> gives a set of records, computed in one process without a cluster:
/// what each partition holds, which keys are spread, and what a query costs in grain calls and bytes. It sizes a
/// deployment (how many partitions, how unequal they are, what the network carries) before one is started.
/// </summary>
/// <remarks>
/// <para>
/// The plan places records as the store does (<see cref="KeyPartitioning"/>): a record's home on the partition of its
/// id's hash; each posting on the slot of its key that the record's id picks, the key's slots on consecutive
/// partitions; a key's spread the smallest of 1, 2, 4, ... (at most the number of partitions) at which no slot holds
/// more than <see cref="OrleansStoreOptions.HotKeyThreshold"/> records. A store that only imports reaches exactly
/// this layout, whatever the order and the batches of its imports: its spreads only grow, and each doubling happens
/// when a slot passes the threshold.
/// </para>
/// <para>
/// The sizes are the values the grains receive and keep (ids and JSON documents in UTF-8, prepared forms, keys and
/// positions in 8 bytes), not the memory of their dictionaries nor Orleans' message headers. Import bytes leave out the postings
/// a hot key's spreading moves.
/// </para>
/// </remarks>
public sealed class PartitionPlan
{
    private readonly int partitions;
    private readonly ulong[] postingKeys;
    private readonly int[] postingRecords;
    private readonly ulong[] idHashes;
    private readonly int[] recordBytes;
    private readonly Dictionary<ulong, int> spreads;

    private PartitionPlan(int partitions, int threshold, ulong[] postingKeys, int[] postingRecords, ulong[] idHashes, int[] recordBytes, Dictionary<ulong, int> spreads, PartitionSize[] sizes, double importBytes, double readAllBytes, double preparedBytes)
    {
        this.partitions = partitions;
        HotKeyThreshold = threshold;
        this.postingKeys = postingKeys;
        this.postingRecords = postingRecords;
        this.idHashes = idHashes;
        this.recordBytes = recordBytes;
        this.spreads = spreads;
        Sizes = sizes;
        ImportBytesPerRecord = importBytes;
        ReadAllBytesPerRecord = readAllBytes;
        PreparedFormBytesPerRecord = preparedBytes;
    }

    /// <summary>The number of partitions.</summary>
    public int Partitions => partitions;

    /// <summary>The hot-key threshold the plan spreads keys with.</summary>
    public int HotKeyThreshold { get; }

    /// <summary>The number of records placed.</summary>
    public int Records => idHashes.Length;

    /// <summary>What each partition holds, by partition number.</summary>
    public IReadOnlyList<PartitionSize> Sizes { get; }

    /// <summary>The keys spread over more than one partition, with their spread.</summary>
    public IReadOnlyDictionary<ulong, int> SpreadKeys => spreads;

    /// <summary>The largest partition's postings over the mean: 1 is a perfect balance.</summary>
    public double PostingSkew => Skew(s => s.Postings);

    /// <summary>The largest partition's held records over the mean.</summary>
    public double HeldRecordSkew => Skew(s => s.HeldRecords);

    /// <summary>The largest partition's home records over the mean.</summary>
    public double HomeSkew => Skew(s => s.Records);

    /// <summary>
    /// The payload an import sends per record, on average: its home entry (id, position, document, prepared form,
    /// keys and name values) and one posting per key (key, position, id, document and prepared form).
    /// </summary>
    public double ImportBytesPerRecord { get; }

    /// <summary>The record's prepared form (<see cref="StoredPerson.PreparedForm"/>) a partition keeps beside each copy, in bytes per record, on average.</summary>
    public double PreparedFormBytesPerRecord { get; }

    /// <summary>The payload reading the whole referential back sends per record (position, id and document), as a bulk deduplication reads it.</summary>
    public double ReadAllBytesPerRecord { get; }

    /// <summary>Places records as an <see cref="OrleansPersonStore"/> with <paramref name="options"/> would.</summary>
    /// <param name="people">The records in their stored form (<see cref="PersonReferential.StoredFormOf"/>), ids distinct.</param>
    /// <param name="options">The partitioning (the store's defaults when null).</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">An item is null, an id appears twice, or an option is out of range.</exception>
    public static PartitionPlan Build(IEnumerable<StoredPerson> people, OrleansStoreOptions? options = null)
    {
        Core.Guard.NotNull(people);
        options ??= new OrleansStoreOptions();
        options.Check();
        var partitions = options.Partitions;
        var threshold = options.HotKeyThreshold;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var idHashes = new List<ulong>();
        var recordBytes = new List<int>();
        var keys = new List<ulong>();
        var holders = new List<int>();
        var home = new long[partitions];
        double importBytes = 0, readAllBytes = 0, allPreparedBytes = 0;
        var item = 0;
        foreach (var person in people)
        {
            item++;
            if (person is null)
            {
                throw new ArgumentException(FormattableString.Invariant($"item {item} is null"), nameof(people));
            }

            if (!ids.Add(person.Id))
            {
                throw new ArgumentException(FormattableString.Invariant($"item {item}: its id appears earlier; ids must be distinct"), nameof(people));
            }

            var record = idHashes.Count;
            var bytes = 8 + Encoding.UTF8.GetByteCount(person.Id) + Encoding.UTF8.GetByteCount(person.Document);
            var preparedBytes = person.PreparedForm?.Length ?? 0;
            idHashes.Add(KeyPartitioning.Hash(person.Id));
            recordBytes.Add(bytes + preparedBytes);
            home[KeyPartitioning.HomeOf(person.Id, partitions)]++;
            var termBytes = 0;
            foreach (var term in person.Terms)
            {
                termBytes += 4 + Encoding.UTF8.GetByteCount(term.Value);
            }

            foreach (var key in person.BlockingKeys)
            {
                keys.Add(key);
                holders.Add(record);
            }

            importBytes += bytes + preparedBytes + 8.0 * person.BlockingKeys.Count + termBytes + (8.0 + bytes + preparedBytes) * person.BlockingKeys.Count;
            readAllBytes += bytes;
            allPreparedBytes += preparedBytes;
        }

        var postingKeys = keys.ToArray();
        var postingRecords = holders.ToArray();
        Array.Sort(postingKeys, postingRecords);
        var hashes = idHashes.ToArray();
        var postings = new long[partitions];
        var distinctKeys = new long[partitions];
        var held = new BitArray[partitions];
        for (var p = 0; p < partitions; p++)
        {
            held[p] = new BitArray(hashes.Length);
        }

        var spreads = new Dictionary<ulong, int>();
        var slots = new int[partitions];
        for (var start = 0; start < postingKeys.Length;)
        {
            var end = RunEnd(postingKeys, start);
            var key = postingKeys[start];
            var spread = SpreadOf(hashes, postingRecords, start, end, threshold, partitions, slots);
            if (spread > 1)
            {
                spreads[key] = spread;
            }

            Array.Clear(slots);
            for (var i = start; i < end; i++)
            {
                var slot = KeyPartitioning.SlotOfHash(hashes[postingRecords[i]], spread);
                var partition = KeyPartitioning.PartitionOf(key, slot, partitions);
                if (slots[slot]++ == 0)
                {
                    distinctKeys[partition]++;
                }

                postings[partition]++;
                held[partition][postingRecords[i]] = true;
            }

            start = end;
        }

        var sizes = new PartitionSize[partitions];
        for (var p = 0; p < partitions; p++)
        {
            sizes[p] = new PartitionSize(p, home[p], postings[p], CountSet(held[p]));
        }

        var count = Math.Max(1, hashes.Length);
        return new PartitionPlan(partitions, threshold, postingKeys, postingRecords, hashes, [.. recordBytes], spreads, sizes, importBytes / count, readAllBytes / count, allPreparedBytes / count);
    }

    /// <summary>
    /// The grain calls and bytes of one query, as <see cref="OrleansPersonStore.FetchCandidatesAsync"/> makes them on
    /// this layout (the spread table already known to the client, as it is between imports).
    /// </summary>
    /// <param name="request">The query's request (<see cref="PersonReferential.CandidateRequestFor"/>).</param>
    /// <returns>The footprint.</returns>
    public FindFootprint Footprint(CandidateRequest request)
    {
        Core.Guard.NotNull(request);
        var asked = new SortedDictionary<int, (List<(ulong Key, int Slot, int Spread, int Cap)> Keys, List<TermValue> Terms)>();
        (List<(ulong Key, int Slot, int Spread, int Cap)> Keys, List<TermValue> Terms) At(int partition)
        {
            if (!asked.TryGetValue(partition, out var entry))
            {
                asked[partition] = entry = ([], []);
            }

            return entry;
        }

        foreach (var block in request.Blocks)
        {
            var spread = spreads.GetValueOrDefault(block.Key, 1);
            for (var slot = 0; slot < spread; slot++)
            {
                At(KeyPartitioning.PartitionOf(block.Key, slot, partitions)).Keys.Add((block.Key, slot, spread, block.MaxBlockSize));
            }
        }

        foreach (var term in request.Terms)
        {
            At(KeyPartitioning.PartitionOfTerm(term.Field, term.Value, partitions)).Terms.Add(term);
        }

        long requestBytes = 0, replyBytes = 0;
        var sent = 0;
        foreach (var (_, (partitionKeys, partitionTerms)) in asked)
        {
            requestBytes += 12L * partitionKeys.Count + partitionTerms.Sum(t => 4L + Encoding.UTF8.GetByteCount(t.Value));
            replyBytes += 8L * partitionTerms.Count;
            var records = new HashSet<int>();
            foreach (var (key, slot, spread, cap) in partitionKeys)
            {
                var here = new List<int>();
                var start = LowerBound(postingKeys, key);
                for (var i = start; i < postingKeys.Length && postingKeys[i] == key; i++)
                {
                    if (KeyPartitioning.SlotOfHash(idHashes[postingRecords[i]], spread) == slot)
                    {
                        here.Add(postingRecords[i]);
                    }
                }

                replyBytes += 12;
                if (here.Count <= cap)
                {
                    replyBytes += 8L * here.Count;
                    records.UnionWith(here);
                }
            }

            sent += records.Count;
            replyBytes += records.Sum(r => (long)recordBytes[r]);
        }

        // The catalog's totals: the record count, the spread table's version and a total per counted field.
        var fields = request.Terms.Count == 0 ? 0 : request.Terms.Max(t => t.Field) + 1;
        replyBytes += 16 + 8L * fields;
        return new FindFootprint(asked.Count, 2 * (asked.Count + 1), requestBytes, replyBytes, sent);
    }

    private static int SpreadOf(ulong[] hashes, int[] records, int start, int end, int threshold, int partitions, int[] slots)
    {
        var spread = 1;
        while (spread < partitions && end - start > threshold)
        {
            Array.Clear(slots);
            var largest = 0;
            for (var i = start; i < end; i++)
            {
                largest = Math.Max(largest, ++slots[KeyPartitioning.SlotOfHash(hashes[records[i]], spread)]);
            }

            if (largest <= threshold)
            {
                break;
            }

            spread = Math.Min(spread * 2, partitions);
        }

        return spread;
    }

    private static int RunEnd(ulong[] keys, int start)
    {
        var end = start + 1;
        while (end < keys.Length && keys[end] == keys[start])
        {
            end++;
        }

        return end;
    }

    private static int LowerBound(ulong[] keys, ulong key)
    {
        int low = 0, high = keys.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (keys[middle] < key)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static long CountSet(BitArray bits)
    {
        long count = 0;
        for (var i = 0; i < bits.Length; i++)
        {
            if (bits[i])
            {
                count++;
            }
        }

        return count;
    }

    private double Skew(Func<PartitionSize, long> measure)
    {
        var total = Sizes.Sum(measure);
        return total == 0 ? 1.0 : Sizes.Max(measure) / ((double)total / partitions);
    }
}
