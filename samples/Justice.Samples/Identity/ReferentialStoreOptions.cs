using System.CommandLine;
using Justice.Domain.Identity.Referential;
using Justice.Domain.Identity.Sqlite;
using Justice.Samples.Cli;

namespace Justice.Samples.Identity;

/// <summary>
/// Where <c>justice identity referential</c> keeps the referential: a SQLite file (<c>--db</c>, default
/// <c>referential.db</c> in the working directory), or PostgreSQL (<c>--postgres</c>, the connection string read from
/// the environment variable <see cref="PostgresVariable"/>, never from a file or the command line, where it would leak).
/// </summary>
internal sealed class ReferentialStoreOptions
{
    /// <summary>The default SQLite file, in the working directory.</summary>
    public const string DefaultFile = "referential.db";

    /// <summary>The environment variable holding the PostgreSQL connection string.</summary>
    public const string PostgresVariable = "JUSTICE_REFERENTIAL_POSTGRES";

    public Option<string> Database { get; } = new("--db") { Description = "the SQLite file of the referential (created when absent)", DefaultValueFactory = _ => DefaultFile };

    public Option<bool> Postgres { get; } = new("--postgres") { Description = "keep the referential in PostgreSQL; the connection string is read from the environment variable " + PostgresVariable };

    public Option<string?> Schema { get; } = new("--schema") { Description = "with --postgres: the schema of the referential's tables (default justice_referential)" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Database);
        command.Options.Add(Postgres);
        command.Options.Add(Schema);
    }

    /// <summary>How the store is named in messages and summaries (never the connection string).</summary>
    public string Describe(ParseResult parse) => parse.GetValue(Postgres) ? "PostgreSQL" : parse.GetValue(Database)!;

    /// <summary>
    /// The referential of <paramref name="store"/>, with the profile its keys were written with (a new store takes the
    /// one asked for: with the edit rules unless <paramref name="withoutNameEditRules"/>).
    /// </summary>
    public static async Task<PersonReferential> ReferentialAsync(IPersonStore store, bool withoutNameEditRules, CancellationToken cancellationToken)
    {
        var stored = await store.ReadSettingAsync(PersonReferential.BlockingRulesSetting, cancellationToken);
        var profiles = new[] { Justice.Domain.Identity.Comparison.CivilStatusProfile.Default, Justice.Domain.Identity.Comparison.CivilStatusProfile.WithoutNameEditRules };
        var profile = stored is null
            ? profiles[withoutNameEditRules ? 1 : 0]
            : profiles.FirstOrDefault(p => PersonReferential.RulesOf(p) == stored)
                ?? throw new CliUsageException("--db: the referential was written with blocking rules this command does not know: " + stored);
        if (stored is not null && withoutNameEditRules && profile.NameEditRules)
        {
            throw new CliUsageException("--no-name-edit-rules: the referential was created with the edit rules; its keys cannot change (import into a new file)");
        }

        try
        {
            return await PersonReferential.OpenAsync(store, profile, cancellationToken: cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            throw new CliUsageException("--db: " + e.Message, e);
        }
    }

    /// <summary>Opens the store the options name.</summary>
    public async Task<IPersonStore> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        if (parse.GetValue(Postgres))
        {
            var connection = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new CliUsageException("--postgres: set the environment variable " + PostgresVariable + " to the connection string (for example Host=/run/postgresql;Database=referential;Username=referential_writer)");
            }

            try
            {
                return await Justice.Domain.Identity.PostgreSql.PostgreSqlPersonStore.OpenAsync(connection, parse.GetValue(Schema), cancellationToken);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or Npgsql.NpgsqlException)
            {
                throw new CliUsageException("--postgres: " + e.Message, e);
            }
        }

        var path = parse.GetValue(Database)!;
        try
        {
            return await SqlitePersonStore.OpenFileAsync(path, cancellationToken: cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            throw new CliUsageException("--db: " + e.Message, e);
        }
    }
}
