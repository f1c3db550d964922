using System.Globalization;
using System.Runtime.CompilerServices;

namespace Justice.Domain.Core;

/// <summary>
/// Argument checks shared by every Justice.Domain package. Each failure throws an
/// <see cref="ArgumentException"/> whose invariant-culture message names the argument,
/// the value received and the valid range, so that a caller bug is found from the message alone.
/// </summary>
/// <remarks>
/// Guards are for caller bugs only. An expected domain result (a motion that fails, a late
/// candidacy) is a value that cites its rule, never an exception.
/// </remarks>
internal static class Guard
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
    /// <typeparam name="T">The reference type checked.</typeparam>
    /// <param name="value">The argument.</param>
    /// <param name="name">The argument's name (filled in by the compiler).</param>
    /// <returns>The argument, not null.</returns>
    public static T NotNull<T>([System.Diagnostics.CodeAnalysis.NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        if (value is null)
        {
            throw new ArgumentNullException(name, string.Create(CultureInfo.InvariantCulture, $"{name} must not be null."));
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is null, empty or only white space.</summary>
    /// <param name="value">The argument.</param>
    /// <param name="name">The argument's name (filled in by the compiler).</param>
    /// <returns>The argument.</returns>
    public static string NotBlank([System.Diagnostics.CodeAnalysis.NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        NotNull(value, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} must not be empty or white space."), name);
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is negative.</summary>
    /// <param name="value">The argument.</param>
    /// <param name="name">The argument's name (filled in by the compiler).</param>
    /// <returns>The argument.</returns>
    public static int NotNegative(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < 0)
        {
            throw OutOfRange(name, value, "0 or more");
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is negative.</summary>
    /// <param name="value">The argument.</param>
    /// <param name="name">The argument's name (filled in by the compiler).</param>
    /// <returns>The argument.</returns>
    public static long NotNegative(long value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < 0)
        {
            throw OutOfRange(name, value, "0 or more");
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is zero or negative.</summary>
    /// <param name="value">The argument.</param>
    /// <param name="name">The argument's name (filled in by the compiler).</param>
    /// <returns>The argument.</returns>
    public static int Positive(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value <= 0)
        {
            throw OutOfRange(name, value, "1 or more");
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> lies outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="value">The argument.</param>
    /// <param name="min">The smallest valid value.</param>
    /// <param name="max">The largest valid value.</param>
    /// <param name="name">The argument's name (filled in by the compiler).</param>
    /// <returns>The argument.</returns>
    public static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min || value > max)
        {
            throw OutOfRange(name, value, string.Create(CultureInfo.InvariantCulture, $"between {min} and {max} inclusive"));
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is NaN, infinite or negative.</summary>
    /// <param name="value">The argument.</param>
    /// <param name="name">The argument's name (filled in by the compiler).</param>
    /// <returns>The argument.</returns>
    public static double FiniteNotNegative(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw OutOfRange(name, value, "a finite number, 0 or more");
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is NaN or infinite.</summary>
    /// <param name="value">The argument.</param>
    /// <param name="name">The argument's name (filled in by the compiler).</param>
    /// <returns>The argument.</returns>
    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value))
        {
            throw OutOfRange(name, value, "a finite number");
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> lies outside [0, 1].</summary>
    /// <param name="value">The argument.</param>
    /// <param name="name">The argument's name (filled in by the compiler).</param>
    /// <returns>The argument.</returns>
    public static double Probability(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw OutOfRange(name, value, "a probability between 0 and 1 inclusive");
        }

        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is not a named member of <typeparamref name="TEnum"/>.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The argument.</param>
    /// <param name="name">The argument's name (filled in by the compiler).</param>
    /// <returns>The argument.</returns>
    public static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw OutOfRange(name, value, "one of " + string.Join(", ", Enum.GetNames<TEnum>()));
        }

        return value;
    }

    /// <summary>Throws when the sequence holds a null element.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The argument.</param>
    /// <param name="name">The argument's name (filled in by the compiler).</param>
    /// <returns>The elements, copied into an array.</returns>
    public static T[] NoNullElements<T>([System.Diagnostics.CodeAnalysis.NotNull] IEnumerable<T?>? values, [CallerArgumentExpression(nameof(values))] string? name = null)
        where T : class
    {
        NotNull(values, name);
        var array = values.ToArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name}[{i}] must not be null."), name);
            }
        }

        return array!;
    }

    /// <summary>Builds the exception every range guard throws.</summary>
    /// <param name="name">The argument's name.</param>
    /// <param name="value">The value received.</param>
    /// <param name="expected">The valid range, in words (for example "between 1 and 26 inclusive").</param>
    /// <returns>An exception with an invariant message naming the argument, the value and the range.</returns>
    public static ArgumentOutOfRangeException OutOfRange(string? name, object? value, string expected)
    {
        var shown = value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value?.ToString() ?? "null";
        return new ArgumentOutOfRangeException(
            name,
            value,
            string.Create(CultureInfo.InvariantCulture, $"{name} was {shown}; expected {expected}."));
    }
}
