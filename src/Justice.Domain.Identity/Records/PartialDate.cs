using System.Globalization;

namespace Justice.Domain.Identity.Records;

/// <summary>
/// <i>Date partielle</i>: a civil-status date whose year, month or day may each be unknown (recorded as <c>0000</c>
/// or <c>00</c>: <c>1970-00-00</c>, <c>1970-03-00</c>, <c>1970-00-12</c>, <c>0000-03-12</c>). A known year is
/// 1000–9999, a known month 1–12, a known day exists in its month (29 February only in a leap year, or when the year
/// is unknown) or, with the month unknown, is 1–31. <c>0000-00-00</c> is the unknown date (<see cref="IsUnknown"/>).
/// </summary>
/// <param name="Year">The year, 0 when unknown.</param>
/// <param name="Month">The month, 0 when unknown.</param>
/// <param name="Day">The day, 0 when unknown.</param>
public readonly record struct PartialDate(int Year, int Month, int Day)
{
    /// <summary>The expected forms, as said in messages.</summary>
    internal const string ExpectedForms = "expected YYYY-MM-DD, YYYYMMDD or DD/MM/YYYY with 0 for an unknown part";

    /// <summary>Whether year, month and day are all known.</summary>
    public bool IsComplete => Year != 0 && Month != 0 && Day != 0;

    /// <summary>Whether nothing is known (<c>0000-00-00</c>).</summary>
    public bool IsUnknown => Year == 0 && Month == 0 && Day == 0;

    /// <summary>
    /// Parses <c>YYYY-MM-DD</c>, <c>YYYYMMDD</c> or the French order <c>DD/MM/YYYY</c>, with zeros for unknown parts,
    /// strictly: a part that cannot exist (month 13, 30 February) makes the text invalid.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date when valid.</param>
    /// <param name="error">Why the text is not a date (no personal data: the rule only), when invalid.</param>
    /// <returns>True when <paramref name="text"/> is a valid partial date.</returns>
    public static bool TryParse(string? text, out PartialDate date, out string? error) => TryParse(text.AsSpan(), out date, out error);

    /// <summary>
    /// Parses <c>YYYY-MM-DD</c>, <c>YYYYMMDD</c> or <c>DD/MM/YYYY</c> with zeros for unknown parts, surrounding white
    /// space ignored, strictly and without allocating: the same result and errors as <see cref="TryParse(string?, out PartialDate, out string?)"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date when valid.</param>
    /// <param name="error">Why the text is not a date (no personal data: the rule only), when invalid.</param>
    /// <returns>True when <paramref name="text"/> is a valid partial date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date, out string? error)
    {
        date = default;
        if (!TrySplit(text, out var year, out var month, out var day))
        {
            error = ExpectedForms;
            return false;
        }

        error = Validate(year, month, day);
        if (error is not null)
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>
    /// Reads a date as a civil-status record gives it, keeping what is known: the forms of <see cref="TryParse(ReadOnlySpan{char}, out PartialDate, out string?)"/>,
    /// where a part that cannot exist is read as unknown (<c>1980-02-30</c> → <c>1980-02-00</c>, <c>1979-13-05</c> →
    /// <c>1979-00-05</c>) and text that is no date at all is read as the unknown date; either way <paramref name="flag"/>
    /// says what was not kept. Empty text and <c>0000-00-00</c> are the unknown date, without a flag.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="flag">What was read as unknown and why (the rule only, never the value), or null when the text was read whole.</param>
    /// <returns>The date, or null when nothing of it is known.</returns>
    public static PartialDate? Read(ReadOnlySpan<char> text, out string? flag)
    {
        flag = null;
        var s = text.Trim();
        if (s.IsEmpty)
        {
            return null;
        }

        if (!TrySplit(s, out var year, out var month, out var day))
        {
            flag = ExpectedForms + "; read as unknown";
            return null;
        }

        if (year != 0 && (year < 1000 || year > 9999))
        {
            flag = "year must be 1000-9999; read as unknown";
            year = 0;
        }

        if (month < 0 || month > 12)
        {
            flag = Join(flag, "month must be 01-12; read as unknown");
            month = 0;
        }

        if (day != 0 && Validate(year, month, day) is { } dayError)
        {
            flag = Join(flag, dayError + "; read as unknown");
            day = 0;
        }

        return year == 0 && month == 0 && day == 0 ? null : new PartialDate(year, month, day);

        static string Join(string? first, string second) => first is null ? second : first + "; " + second;
    }

    /// <summary>Checks the parts; returns the violated rule or null.</summary>
    /// <param name="year">The year (0 unknown).</param>
    /// <param name="month">The month (0 unknown).</param>
    /// <param name="day">The day (0 unknown).</param>
    /// <returns>Null when valid, else the rule broken.</returns>
    public static string? Validate(int year, int month, int day)
    {
        if (year != 0 && (year < 1000 || year > 9999))
        {
            return "year must be 1000-9999 or 0000 (unknown)";
        }

        if (month < 0 || month > 12)
        {
            return "month must be 01-12 or 00 (unknown)";
        }

        // With the year unknown, 29 February may exist; with the month unknown, any day up to 31 may.
        var days = month == 0 ? 31 : DateTime.DaysInMonth(year == 0 ? 2000 : year, month);
        if (day < 0 || day > days)
        {
            return "day does not exist in that month";
        }

        return null;
    }

    /// <summary>The ISO form with <c>0000</c> and <c>00</c> for unknown parts.</summary>
    /// <returns>For example <c>1970-03-00</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}");

    /// <summary>Splits <c>YYYY-MM-DD</c>, <c>YYYYMMDD</c> or <c>DD/MM/YYYY</c> (surrounding white space ignored) into numbers.</summary>
    private static bool TrySplit(ReadOnlySpan<char> text, out int year, out int month, out int day)
    {
        var s = text.Trim();
        year = month = day = 0;
        if (s.Length == 10 && s[4] == '-' && s[7] == '-')
        {
            return TryDigits(s[..4], out year) && TryDigits(s.Slice(5, 2), out month) && TryDigits(s.Slice(8, 2), out day);
        }

        if (s.Length == 10 && s[2] == '/' && s[5] == '/')
        {
            return TryDigits(s[..2], out day) && TryDigits(s.Slice(3, 2), out month) && TryDigits(s.Slice(6, 4), out year);
        }

        return s.Length == 8 && TryDigits(s[..4], out year) && TryDigits(s.Slice(4, 2), out month) && TryDigits(s.Slice(6, 2), out day);
    }

    /// <summary>Reads ASCII digits as a number (at most 4 of them here, so no overflow).</summary>
    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
