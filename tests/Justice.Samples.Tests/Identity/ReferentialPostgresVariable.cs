namespace Justice.Samples.Tests.Identity;

/// <summary>
/// The test classes that set the process's <c>JUSTICE_REFERENTIAL_POSTGRES</c> (the CLI's <c>--postgres</c>
/// connection string) or check its absence: one collection, so that they run one after the other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReferentialPostgresVariable
{
    /// <summary>The collection's name.</summary>
    public const string Name = "JUSTICE_REFERENTIAL_POSTGRES";
}
