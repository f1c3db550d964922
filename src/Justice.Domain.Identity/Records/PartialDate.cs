using System.Globalization;

namespace Justice.Domain.Identity.Records;

/// <summary>
/// <i>Date partielle</i>: a civil-status date whose day, or day and month, may be unknown (recorded as
/// <c>00</c>, as in <c>1970-00-00</c> or <c>1970-03-00</c>). A known month is 1–12, a known day exists in its
/// month (29 February only in leap years); the year is 1000–9999.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, 0 when unknown.</param>
/// <param name="Day">The day, 0 when unknown.</param>
public readonly record struct PartialDate(int Year, int Month, int Day)
{
    /// <summary>Whether day and month are both known.</summary>
    public bool IsComplete => Month != 0 && Day != 0;

    /// <summary>Parses <c>YYYY-MM-DD</c> (or <c>YYYYMMDD</c>) with <c>00</c> for an unknown day or month.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date when valid.</param>
    /// <param name="error">Why the text is not a date (no personal data: the rule only), when invalid.</param>
    /// <returns>True when <paramref name="text"/> is a valid partial date.</returns>
    public static bool TryParse(string? text, out PartialDate date, out string? error) => TryParse(text.AsSpan(), out date, out error);

    /// <summary>
    /// Parses <c>YYYY-MM-DD</c> (or <c>YYYYMMDD</c>) with <c>00</c> for an unknown day or month, surrounding white space
    /// ignored, without allocating: the same result and the same errors as <see cref="TryParse(string?, out PartialDate, out string?)"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date when valid.</param>
    /// <param name="error">Why the text is not a date (no personal data: the rule only), when invalid.</param>
    /// <returns>True when <paramref name="text"/> is a valid partial date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date, out string? error)
    {
        date = default;
        var s = text.Trim();
        int year, month, day;
        if (s.Length == 10 && s[4] == '-' && s[7] == '-'
            && TryDigits(s[..4], out year) && TryDigits(s.Slice(5, 2), out month) && TryDigits(s.Slice(8, 2), out day))
        {
            // YYYY-MM-DD
        }
        else if (s.Length != 8 || !TryDigits(s[..4], out year) || !TryDigits(s.Slice(4, 2), out month) || !TryDigits(s.Slice(6, 2), out day))
        {
            error = "expected YYYY-MM-DD with 00 for an unknown day or month";
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

    /// <summary>Checks the parts; returns the violated rule or null.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month (0 unknown).</param>
    /// <param name="day">The day (0 unknown).</param>
    /// <returns>Null when valid, else the rule broken.</returns>
    public static string? Validate(int year, int month, int day)
    {
        if (year < 1000 || year > 9999)
        {
            return "year must be 1000-9999";
        }

        if (month < 0 || month > 12)
        {
            return "month must be 01-12 or 00 (unknown)";
        }

        if (month == 0 && day != 0)
        {
            return "a known day needs a known month";
        }

        if (day < 0 || (month != 0 && day > DateTime.DaysInMonth(year, month)))
        {
            return "day does not exist in that month";
        }

        return null;
    }

    /// <summary>The ISO form with <c>00</c> for unknown parts.</summary>
    /// <returns>For example <c>1970-03-00</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}");
}
