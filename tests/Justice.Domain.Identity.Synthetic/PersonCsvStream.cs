using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Synthetic;

/// <summary>
/// A persons CSV read one row at a time (<see cref="IdentityCsv.Stream"/>), for an import that writes records while
/// the file is still being read: <see cref="Records"/> yields each valid record as its row is read, and the rejected
/// rows gather in <see cref="Errors"/> as the reading goes.
/// </summary>
public sealed class PersonCsvStream
{
    private readonly List<RecordError> errors = [];
    private readonly TextReader reader;
    private readonly IdentityCsvLayout layout;
    private readonly string? sourceSystem;
    private bool started;

    internal PersonCsvStream(TextReader reader, IdentityCsvLayout layout, string? sourceSystem)
    {
        this.reader = reader;
        this.layout = layout;
        this.sourceSystem = sourceSystem;
    }

    /// <summary>
    /// The valid records, in file order, read as they are enumerated; enumerable once. A row is rejected, with its
    /// line, as <see cref="IdentityCsv.Read(TextReader, string?, string, char?)"/> rejects it (an id is taken by the
    /// first row that has it, even a row rejected for another field).
    /// </summary>
    /// <exception cref="InvalidOperationException">The records are enumerated a second time.</exception>
    public IEnumerable<PersonRecord> Records
    {
        get
        {
            if (started)
            {
                throw new InvalidOperationException("a persons CSV stream is read once: open the file again to read it again");
            }

            started = true;
            return Read();
        }
    }

    /// <summary>The rejected rows so far, in line order; complete once <see cref="Records"/> has been read to its end.</summary>
    public IReadOnlyList<RecordError> Errors => errors;

    /// <summary>How many rows were rejected so far.</summary>
    public int RejectedRows { get; private set; }

    /// <summary>How many valid records were read so far.</summary>
    public int RecordsRead { get; private set; }

    private IEnumerable<PersonRecord> Read()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, fields) in Csv.Read(reader, layout.Delimiter, firstLine: 2))
        {
            if (fields.Length == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (layout.TryMap(fields, line, errors) is not { } mapped)
            {
                RejectedRows++;
                continue;
            }

            var before = errors.Count;
            var record = PersonRecordReader.ReadOne(mapped, line, sourceSystem, errors, out var id);
            if (id is not null && !ids.Add(id))
            {
                // An id is taken by the first row that has it, even a row rejected for another field.
                errors.RemoveRange(before, errors.Count - before);
                errors.Add(PersonRecordReader.DuplicateId(line, id));
                record = null;
            }

            if (record is null)
            {
                RejectedRows++;
                continue;
            }

            RecordsRead++;
            yield return record;
        }
    }
}
