using System.Buffers;

namespace Justice.Domain.Identity.Records;

/// <summary>
/// A run of whole CSV rows cut from a stream by <see cref="CsvChunkReader"/>: the text (a pooled buffer, given back by
/// <see cref="Release"/>), the line its first row starts on, and whether it ends the input.
/// </summary>
internal sealed class CsvChunk
{
    private char[]? buffer;

    /// <summary>Creates a chunk over the first <paramref name="length"/> characters of a pooled buffer.</summary>
    /// <param name="buffer">The buffer, rented from <see cref="ArrayPool{T}.Shared"/>; the chunk owns it.</param>
    /// <param name="length">The characters of whole rows.</param>
    /// <param name="firstLine">The 1-based line the first row starts on.</param>
    /// <param name="isLast">Whether the input ends with this chunk.</param>
    public CsvChunk(char[] buffer, int length, int firstLine, bool isLast)
    {
        this.buffer = buffer;
        Length = length;
        FirstLine = firstLine;
        IsLast = isLast;
    }

    /// <summary>The number of characters.</summary>
    public int Length { get; }

    /// <summary>The 1-based line the first row starts on.</summary>
    public int FirstLine { get; }

    /// <summary>Whether the input ends with this chunk (a line break that ends it ends no quoted field's text).</summary>
    public bool IsLast { get; }

    /// <summary>The text.</summary>
    public ReadOnlySpan<char> Text => (buffer ?? throw new ObjectDisposedException(nameof(CsvChunk))).AsSpan(0, Length);

    /// <summary>Gives the buffer back to the pool; the chunk is unusable afterwards.</summary>
    public void Release()
    {
        if (buffer is not null)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = null;
        }
    }
}
