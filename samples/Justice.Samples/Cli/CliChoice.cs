namespace Justice.Samples.Cli;

/// <summary>
/// An option whose value names a member of an enumeration, written in kebab case on the command line
/// (<c>co-hosted</c> for <c>CoHosted</c>; the case and the hyphens are not significant, a number is refused).
/// </summary>
internal static class CliChoice
{
    /// <summary>The member <paramref name="text"/> names, or a usage error naming the option and every choice.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="option">The option's name, for the message.</param>
    /// <param name="text">The value given.</param>
    /// <returns>The member.</returns>
    public static TEnum Parse<TEnum>(string option, string text)
        where TEnum : struct, Enum
    {
        if (TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        throw new CliUsageException(option + " must be one of " + string.Join(", ", Enum.GetNames<TEnum>().Select(Kebab)) + " (was \"" + text + "\").");
    }

    /// <summary>Whether <paramref name="text"/> names a member of <typeparamref name="TEnum"/> (kebab or any case; a number never does).</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="text">The value given.</param>
    /// <param name="value">The member, when it does.</param>
    /// <returns>Whether it does.</returns>
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum =>
        Enum.TryParse(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out value) && Enum.IsDefined(value) && !text.Any(char.IsDigit);

    /// <summary>A member's name in kebab case (<c>CoHosted</c> → <c>co-hosted</c>).</summary>
    private static string Kebab(string name) =>
        string.Concat(name.Select((ch, i) => char.IsUpper(ch) ? (i == 0 ? string.Empty : "-") + char.ToLowerInvariant(ch) : ch.ToString()));
}
