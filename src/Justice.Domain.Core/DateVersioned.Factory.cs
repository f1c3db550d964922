using NodaTime;

namespace Justice.Domain.Core;

/// <summary>Factory methods for <see cref="DateVersioned{T}"/>.</summary>
public static class DateVersioned
{
    /// <summary>Creates a versioned value from (start date, value) pairs, in any order.</summary>
    /// <typeparam name="T">The versioned value.</typeparam>
    /// <param name="name">What the value is, for messages.</param>
    /// <param name="versions">The versions.</param>
    /// <returns>The versioned value.</returns>
    public static DateVersioned<T> Create<T>(string name, params (LocalDate From, T Value)[] versions) =>
        new(name, Guard.NotNull(versions).Select(v => new DateVersion<T>(v.From, v.Value)));
}
