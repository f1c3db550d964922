using NodaTime;

namespace Justice.Domain.Core;

/// <summary>
/// <i>Version en vigueur</i>: one value of a <see cref="DateVersioned{T}"/>, in force from <see cref="From"/>
/// (inclusive) until the start of the next version.
/// </summary>
/// <typeparam name="T">The versioned value: a number, a rule, a whole rule set.</typeparam>
/// <param name="From">The first day on which the value is in force.</param>
/// <param name="Value">The value.</param>
public sealed record DateVersion<T>(LocalDate From, T Value);
