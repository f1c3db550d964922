namespace Justice.Samples.Cli;

/// <summary>A user error (bad option, unreadable file): its message goes to stderr and the exit code is 2.</summary>
public sealed class CliUsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what was expected.</param>
    public CliUsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <param name="inner">The cause.</param>
    public CliUsageException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public CliUsageException()
    {
    }
}
