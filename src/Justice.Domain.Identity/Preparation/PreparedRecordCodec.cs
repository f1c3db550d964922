using System.Buffers.Binary;
using System.Text;

namespace Justice.Domain.Identity.Preparation;

/// <summary>
/// The binary form of a <see cref="PreparedRecord"/>'s fields, so that a record prepared once can be kept or sent and
/// read back without normalising it again: its names with their variants and phonetic codes, its texts and numbers.
/// The blocking keys are left out (eight bytes each, dozens per record): the reader computes them again from the
/// fields, as preparation does. The form starts with a format byte and a 64-bit stamp of what prepared it; a reader
/// given another stamp refuses the form, and its caller prepares the record from its document instead.
/// </summary>
/// <remarks>
/// Layout (little-endian): format byte; stamp (8 bytes); id; name slot count (1 byte), then per slot the five counts of
/// its main forms, alternate forms, tokens, phonetic codes and token codes (7-bit encoded) and their strings; text
/// count and texts (a null text as the length 2³¹−1); number count and numbers (4 bytes each). A string is its UTF-8
/// byte length (7-bit encoded) then its bytes.
/// </remarks>
internal static class PreparedRecordCodec
{
    /// <summary>The format byte of the forms this codec writes.</summary>
    public const byte Format = 2;

    private const int NullText = int.MaxValue;
    private const int MaxCount = 1 << 16;

    // The most forms one name slot may hold in a form read back: a real name field has a few dozen at most, and the
    // blocking keys computed from a slot grow with its forms.
    private const int MaxForms = 1 << 10;

    // Writing replaces a lone surrogate with U+FFFD, as the JSON document of the record does; reading refuses
    // invalid UTF-8.
    private static readonly UTF8Encoding Utf8Writer = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes <paramref name="record"/> with <paramref name="stamp"/>.</summary>
    public static byte[] Encode(PreparedRecord record, ulong stamp)
    {
        // The exact size first, so that the form is written in one array.
        var size = 1 + 8 + SizeOf(record.Id) + 1;
        for (var slot = 0; slot < record.NameSlots; slot++)
        {
            var name = record.Name(slot);
            size += CountSize(name.Primary.Length) + CountSize(name.Secondary.Length) + CountSize(name.Tokens.Length)
                + CountSize(name.Phonetic.Length) + CountSize(name.TokenCodes.Length);
            foreach (var form in name.All)
            {
                size += SizeOf(form);
            }
        }

        size += CountSize(record.Texts.Length);
        foreach (var text in record.Texts)
        {
            size += text is null ? CountSize(NullText) : SizeOf(text);
        }

        size += CountSize(record.Numbers.Length) + (4 * record.Numbers.Length);
        var buffer = new byte[size];
        var at = 0;
        buffer[at++] = Format;
        BinaryPrimitives.WriteUInt64LittleEndian(buffer.AsSpan(at), stamp);
        at += 8;
        WriteString(buffer, ref at, record.Id);
        buffer[at++] = checked((byte)record.NameSlots);
        for (var slot = 0; slot < record.NameSlots; slot++)
        {
            var name = record.Name(slot);
            WriteCount(buffer, ref at, name.Primary.Length);
            WriteCount(buffer, ref at, name.Secondary.Length);
            WriteCount(buffer, ref at, name.Tokens.Length);
            WriteCount(buffer, ref at, name.Phonetic.Length);
            WriteCount(buffer, ref at, name.TokenCodes.Length);
            foreach (var form in name.All)
            {
                WriteString(buffer, ref at, form);
            }
        }

        WriteCount(buffer, ref at, record.Texts.Length);
        foreach (var text in record.Texts)
        {
            if (text is null)
            {
                WriteCount(buffer, ref at, NullText);
            }
            else
            {
                WriteString(buffer, ref at, text);
            }
        }

        WriteCount(buffer, ref at, record.Numbers.Length);
        foreach (var number in record.Numbers)
        {
            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(at), number);
            at += 4;
        }

        return buffer;
    }

    /// <summary>Reads the fields of a form written with <paramref name="stamp"/>; false when the form has another format or stamp, or is malformed.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> form, ulong stamp, out string id, out NameForms[] names, out string?[] texts, out int[] numbers)
    {
        (id, names, texts, numbers) = (string.Empty, [], [], []);
        if (form.Length < 10 || form[0] != Format || BinaryPrimitives.ReadUInt64LittleEndian(form[1..]) != stamp)
        {
            return false;
        }

        var reader = new Reader(form[9..]);
        if (!reader.String(out var readId) || readId is null || !reader.Byte(out var slots) || slots == 0)
        {
            return false;
        }

        var slotForms = new NameForms[slots];
        for (var slot = 0; slot < slots; slot++)
        {
            if (!reader.Count(out var primary) || !reader.Count(out var secondary) || !reader.Count(out var tokens)
                || !reader.Count(out var phonetic) || !reader.Count(out var codes))
            {
                return false;
            }

            // The shape preparation gives (NameForms.Create): no form at all, or main or alternate forms with at most
            // one phonetic code each, and at most one token code per coded token.
            var forms = (long)primary + secondary + tokens + phonetic + codes;
            if (forms > MaxForms
                || (forms > 0 && primary + secondary == 0)
                || phonetic > primary + secondary
                || codes > Math.Min(NameForms.CodedTokens, tokens))
            {
                return false;
            }

            var values = forms == 0 ? [] : new string[forms];
            for (var i = 0; i < forms; i++)
            {
                if (!reader.String(out var value) || string.IsNullOrEmpty(value))
                {
                    return false;
                }

                values[i] = value;
            }

            slotForms[slot] = forms == 0 ? NameForms.Missing : NameForms.FromParts(values, primary, secondary, tokens, phonetic);
        }

        if (!reader.Count(out var textCount) || textCount > MaxCount)
        {
            return false;
        }

        var readTexts = new string?[textCount];
        for (var i = 0; i < textCount; i++)
        {
            if (!reader.String(out readTexts[i]))
            {
                return false;
            }
        }

        if (!reader.Count(out var numberCount) || numberCount > MaxCount)
        {
            return false;
        }

        var readNumbers = new int[numberCount];
        for (var i = 0; i < numberCount; i++)
        {
            if (!reader.Int32(out readNumbers[i]))
            {
                return false;
            }
        }

        if (!reader.AtEnd)
        {
            return false;
        }

        (id, names, texts, numbers) = (readId, slotForms, readTexts, readNumbers);
        return true;
    }

    private static int SizeOf(string value)
    {
        var length = Utf8Writer.GetByteCount(value);
        return CountSize(length) + length;
    }

    /// <summary>The bytes <see cref="WriteCount"/> writes for <paramref name="count"/>: 7 bits each.</summary>
    private static int CountSize(int count)
    {
        var size = 1;
        for (var value = (uint)count; value >= 0x80; value >>= 7)
        {
            size++;
        }

        return size;
    }

    private static void WriteCount(byte[] buffer, ref int at, int count)
    {
        var value = (uint)count;
        while (value >= 0x80)
        {
            buffer[at++] = unchecked((byte)(value | 0x80));
            value >>= 7;
        }

        buffer[at++] = (byte)value;
    }

    private static void WriteString(byte[] buffer, ref int at, string value)
    {
        var length = Utf8Writer.GetByteCount(value);
        WriteCount(buffer, ref at, length);
        at += Utf8Writer.GetBytes(value, buffer.AsSpan(at));
    }

    /// <summary>Reads the parts of a form, each read false when the form ends or is malformed there.</summary>
    private ref struct Reader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> data = data;
        private int at;

        public readonly bool AtEnd => at == data.Length;

        public bool Byte(out byte value)
        {
            value = at < data.Length ? data[at] : (byte)0;
            return at++ < data.Length;
        }

        public bool Count(out int count)
        {
            count = 0;
            uint value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                if (at >= data.Length)
                {
                    return false;
                }

                var b = data[at++];
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    count = value > int.MaxValue ? -1 : (int)value;
                    return count >= 0;
                }
            }

            return false;
        }

        public bool String(out string? value)
        {
            value = null;
            if (!Count(out var length))
            {
                return false;
            }

            if (length == NullText)
            {
                return true;
            }

            if (length > data.Length - at)
            {
                return false;
            }

            try
            {
                value = length == 0 ? string.Empty : Utf8.GetString(data.Slice(at, length));
            }
            catch (DecoderFallbackException)
            {
                return false;
            }

            at += length;
            return true;
        }

        public bool Int32(out int value)
        {
            value = 0;
            if (data.Length - at < 4)
            {
                return false;
            }

            value = BinaryPrimitives.ReadInt32LittleEndian(data[at..]);
            at += 4;
            return true;
        }
    }
}
