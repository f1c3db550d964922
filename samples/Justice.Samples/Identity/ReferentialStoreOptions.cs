using System.CommandLine;
using Justice.Domain.Identity.Referential;
using Justice.Domain.Identity.Sqlite;
using Justice.Samples.Cli;

namespace Justice.Samples.Identity;

/// <summary>
/// Where <c>justice identity referential</c> keeps the referential: a SQLite file (<c>--db</c>, default
/// <c>referential.db</c> in the working directory).
/// </summary>
internal sealed class ReferentialStoreOptions
{
    /// <summary>The default SQLite file, in the working directory.</summary>
    public const string DefaultFile = "referential.db";

    public Option<string> Database { get; } = new("--db") { Description = "the SQLite file of the referential (created when absent)", DefaultValueFactory = _ => DefaultFile };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command) => command.Options.Add(Database);

    /// <summary>Opens the store the options name.</summary>
    public async Task<IPersonStore> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var path = parse.GetValue(Database)!;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new CliUsageException("--db: the folder of the referential file does not exist");
        }

        try
        {
            return await SqlitePersonStore.OpenFileAsync(path, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            throw new CliUsageException("--db: " + e.Message, e);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            throw new CliUsageException("--db: not a SQLite referential file (" + e.SqliteErrorCode + ")", e);
        }
    }
}
