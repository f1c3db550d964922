using System.Text;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Linkage;

/// <summary>
/// Reads, checks and prepares the records of one input of a <see cref="BulkRun"/>, in input order. The calling thread
/// only cuts the input into chunks (whole CSV rows, or runs of records of a sequence) and takes the results in order
/// (ids checked across the input there: the first row with an id takes it); the thread pool checks and prepares the
/// chunks, a few at once. At most a few chunks are in flight, so the input's text is never held whole, and each
/// chunk's text is dropped once its rows are prepared.
/// </summary>
internal sealed class BulkInputReader
{
    // The record list and the id set are sized once from the input's size when it is known, for rows as short as 40
    // bytes (a million synthetic rows average 75): growing them past a million would allocate some 70 MB more on the
    // large-object heap at the end of the read, where it costs a full collection of everything read so far.
    private const int ShortestRowBytes = 40;

    // Records of a sequence prepared per work item.
    private const int SequenceChunk = 2048;

    private readonly CivilStatusPreparer preparer;
    private readonly BulkRunOptions options;
    private readonly Action<long> reportRows;
    private readonly List<PreparedRecord> records;
    private readonly HashSet<string> ids;
    private readonly List<RecordError> errors = [];
    private readonly List<RecordFlag> flags = [];
    private readonly Dictionary<string, int> reasons = new(StringComparer.Ordinal);
    private int rejected;

    private BulkInputReader(CivilStatusPreparer preparer, BulkRunOptions options, Action<long> reportRows, long sizeHint)
    {
        this.preparer = preparer;
        this.options = options;
        this.reportRows = reportRows;
        var capacity = (int)Math.Clamp(sizeHint / ShortestRowBytes, 0, int.MaxValue / 2);
        records = new List<PreparedRecord>(capacity);
        ids = new HashSet<string>(capacity, StringComparer.Ordinal);
    }

    /// <summary>Reads a persons CSV: the header checked by name, then the rows in chunks on all cores.</summary>
    /// <param name="reader">The text, at its start.</param>
    /// <param name="name">The input's name for messages.</param>
    /// <param name="preparer">The preparer shared by the run.</param>
    /// <param name="options">The delimiter, the date of the run and the chunk size.</param>
    /// <param name="reportRows">Receives the running count of rows read.</param>
    /// <param name="cancellationToken">Stops the read between chunks.</param>
    /// <returns>The records and the input's summary.</returns>
    /// <exception cref="InvalidDataException">The header does not fit the schema, or a row never ends.</exception>
    public static (List<PreparedRecord> Records, BulkInputSummary Summary) ReadCsv(TextReader reader, string name, CivilStatusPreparer preparer, BulkRunOptions options, Action<long> reportRows, CancellationToken cancellationToken)
    {
        var layout = IdentityCsvLayout.ReadHeader(reader, name, options.Delimiter);
        var input = new BulkInputReader(preparer, options, reportRows, SizeHint(reader));
        var chunks = new CsvChunkReader(reader, options.ChunkChars, layout.Delimiter, firstLine: 2);
        input.Run(
            () =>
            {
                CsvChunk? chunk;
                try
                {
                    chunk = chunks.Next();
                }
                catch (InvalidDataException ex)
                {
                    throw new InvalidDataException(name + ": " + ex.Message, ex);
                }

                return chunk is null ? null : (Func<ChunkResult>)(() => input.ReadChunk(chunk, layout, cancellationToken));
            },
            cancellationToken);
        return (input.records, input.Summary(layout.IgnoredColumns));
    }

    /// <summary>Prepares a sequence of records, in runs of records on all cores; a null record or a repeated id is rejected.</summary>
    /// <param name="source">The records; the first is at position 1 in the errors.</param>
    /// <param name="preparer">The preparer shared by the run.</param>
    /// <param name="options">The options.</param>
    /// <param name="reportRows">Receives the running count of records read.</param>
    /// <param name="cancellationToken">Stops the read between runs of records.</param>
    /// <returns>The records and the input's summary.</returns>
    public static (List<PreparedRecord> Records, BulkInputSummary Summary) ReadRecords(IEnumerable<PersonRecord?> source, CivilStatusPreparer preparer, BulkRunOptions options, Action<long> reportRows, CancellationToken cancellationToken)
    {
        var input = new BulkInputReader(preparer, options, reportRows, source.TryGetNonEnumeratedCount(out var count) ? (long)count * ShortestRowBytes : 0);
        using var items = source.GetEnumerator();
        var position = 0;
        input.Run(
            () =>
            {
                var batch = new List<PersonRecord?>(SequenceChunk);
                while (batch.Count < SequenceChunk && items.MoveNext())
                {
                    batch.Add(items.Current);
                }

                var first = position + 1;
                position += batch.Count;
                return batch.Count == 0 ? null : (Func<ChunkResult>)(() => input.PrepareRecords(batch, first, cancellationToken));
            },
            cancellationToken);
        return (input.records, input.Summary([]));
    }

    /// <summary>The characters left in a reader over a seekable stream, or 0 when not known.</summary>
    private static long SizeHint(TextReader reader) =>
        reader is StreamReader { BaseStream: { CanSeek: true } stream } ? Math.Max(0, stream.Length - stream.Position) : 0;

    /// <summary>A reason for <see cref="BulkInputSummary.RejectedByReason"/>: the field and rule, each run of figures written N.</summary>
    private static string Reason(RecordError error)
    {
        var text = new StringBuilder(error.Field.Length + error.Rule.Length + 2).Append(error.Field).Append(": ");
        var rule = error.Rule;
        for (var i = 0; i < rule.Length; i++)
        {
            if (!char.IsAsciiDigit(rule[i]))
            {
                text.Append(rule[i]);
                continue;
            }

            text.Append('N');
            while (i + 1 < rule.Length && (char.IsAsciiDigit(rule[i + 1]) || (rule[i + 1] is ',' or '.' or '\u202F' && i + 2 < rule.Length && char.IsAsciiDigit(rule[i + 2]))))
            {
                i++;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Runs the work items <paramref name="next"/> gives (null at the end) on the thread pool, at most twice as many as
    /// cores at once, and takes their results in order.
    /// </summary>
    private void Run(Func<Func<ChunkResult>?> next, CancellationToken cancellationToken)
    {
        var pending = new Queue<Task<ChunkResult>>();
        var inFlight = 2 * Environment.ProcessorCount;
        try
        {
            var work = next();
            while (work is not null)
            {
                cancellationToken.ThrowIfCancellationRequested();
                pending.Enqueue(Task.Run(work, cancellationToken));
                while (pending.Count >= inFlight)
                {
                    Collect(pending.Dequeue().GetAwaiter().GetResult());
                }

                work = next();
            }

            while (pending.Count > 0)
            {
                Collect(pending.Dequeue().GetAwaiter().GetResult());
            }
        }
        finally
        {
            // On failure or cancellation, let the chunks in flight end before their buffers go back to the pool.
            foreach (var task in pending)
            {
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
            }
        }
    }

    private BulkInputSummary Summary(IReadOnlyList<string> ignoredColumns) =>
        new(records.Count + rejected, records.Count, rejected, reasons, errors, flags, ignoredColumns);

    // Takes a chunk's rows in order: an id is taken by the first row that has it, even a row rejected for another field.
    private void Collect(ChunkResult result)
    {
        var next = 0;
        var nextFlag = 0;
        foreach (var row in result.Rows)
        {
            if (row.Id is not null && !ids.Add(row.Id))
            {
                Reject(PersonRecordReader.DuplicateId(row.Line, row.Id));
            }
            else if (row.Record is null)
            {
                Reject(result.Errors[next]);
                for (var e = next + 1; e < next + row.Errors; e++)
                {
                    errors.Add(result.Errors[e]);
                }
            }
            else
            {
                records.Add(row.Record);
                for (var f = nextFlag; f < nextFlag + row.Flags; f++)
                {
                    flags.Add(result.Flags[f]);
                }
            }

            next += row.Errors;
            nextFlag += row.Flags;
        }

        reportRows(records.Count + rejected);
    }

    private void Reject(RecordError error)
    {
        rejected++;
        errors.Add(error);
        var reason = Reason(error);
        reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
    }

    /// <summary>Parses, checks (<see cref="IdentityCsvLayout.TryMap(ReadOnlySpan{char}, ReadOnlySpan{Range}, Span{Range}, int, ICollection{RecordError})"/>, then the record's rules) and prepares the rows of a chunk, and gives its buffer back.</summary>
    private ChunkResult ReadChunk(CsvChunk chunk, IdentityCsvLayout layout, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cursor = new CsvRowCursor(layout.Delimiter);
            cursor.Start(0, chunk.FirstLine);
            var rows = new List<RowResult>(chunk.Length / 64);
            var rowErrors = new List<RecordError>();
            var rowFlags = new List<RecordFlag>();
            var mapped = new Range[PersonRecordReader.Columns.Count];
            while (cursor.MoveNext(chunk))
            {
                if (cursor.IsBlank)
                {
                    continue;
                }

                // A row is read by the header's names only: one with another number of fields, or an over-long field, is rejected as it is.
                var before = rowErrors.Count;
                if (!layout.TryMap(cursor.Text, cursor.Fields, mapped, cursor.Line, rowErrors))
                {
                    rows.Add(new RowResult(null, cursor.Line, null, rowErrors.Count - before, 0));
                    continue;
                }

                var flagged = rowFlags.Count;
                var record = preparer.PrepareRow(cursor.Text, mapped, cursor.Line, rowErrors, out var id, rowFlags, options.AsOf);
                rows.Add(new RowResult(id, cursor.Line, record, rowErrors.Count - before, rowFlags.Count - flagged));
            }

            return new ChunkResult(rows, rowErrors, rowFlags);
        }
        finally
        {
            chunk.Release();
        }
    }

    /// <summary>Prepares a run of records of a sequence: a null record is rejected at its position.</summary>
    private ChunkResult PrepareRecords(List<PersonRecord?> batch, int firstPosition, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var rows = new List<RowResult>(batch.Count);
        var rowErrors = new List<RecordError>();
        for (var i = 0; i < batch.Count; i++)
        {
            var position = firstPosition + i;
            if (batch[i] is not { } record)
            {
                rowErrors.Add(new RecordError(position, null, "record", "is null"));
                rows.Add(new RowResult(null, position, null, 1, 0));
                continue;
            }

            rows.Add(new RowResult(record.Id, position, preparer.Prepare(record), 0, 0));
        }

        return new ChunkResult(rows, rowErrors, []);
    }

    /// <summary>A row's outcome: its id (null when it has none), line, prepared record (null when rejected), number of errors and of flags.</summary>
    private readonly record struct RowResult(string? Id, int Line, PreparedRecord? Record, int Errors, int Flags);

    /// <summary>A chunk's rows, and their errors and flags in row order.</summary>
    private sealed record ChunkResult(List<RowResult> Rows, List<RecordError> Errors, List<RecordFlag> Flags);
}
