using System.Buffers;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;

namespace Justice.Domain.Identity.Preparation;

/// <summary>
/// The text of a memo-table key made of several values: each value preceded by its length in two characters (a null
/// value by a length of all ones), so that two different lists of values never give the same text. Written in a
/// caller's buffer, or a pooled one when longer.
/// </summary>
internal ref struct KeyText
{
    private Span<char> buffer;
    private char[]? rented;
    private int length;

    public KeyText(Span<char> initial)
    {
        buffer = initial;
        rented = null;
        length = 0;
    }

    /// <summary>Gets the key's text.</summary>
    public readonly ReadOnlySpan<char> Text => buffer[..length];

    /// <summary>Appends a count (of the values that follow).</summary>
    public void AppendCount(int count) => AppendLength((uint)count);

    /// <summary>Appends a value (null distinct from empty).</summary>
    public void Append(string? value)
    {
        if (value is null)
        {
            AppendLength(uint.MaxValue);
        }
        else
        {
            Append(value.AsSpan());
        }
    }

    /// <summary>Appends a value that is not null.</summary>
    public void Append(ReadOnlySpan<char> value)
    {
        AppendLength((uint)value.Length);
        Reserve(value.Length);
        value.CopyTo(buffer[length..]);
        length += value.Length;
    }

    /// <summary>Returns the pooled buffer, if any.</summary>
    public void Dispose()
    {
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
            rented = null;
        }
    }

    private void AppendLength(uint value)
    {
        Reserve(2);
        buffer[length++] = (char)(value >> 16);
        buffer[length++] = (char)(value & 0xFFFF);
    }

    private void Reserve(int more)
    {
        if (length + more <= buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(2 * buffer.Length, length + more));
        buffer[..length].CopyTo(larger);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        rented = larger;
        buffer = larger;
    }
}
