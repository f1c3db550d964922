using Microsoft.Data.Sqlite;

namespace Justice.Domain.Identity.Sqlite;

/// <summary>
/// Turns a driver error into a message that names the store and says what to do; the driver's exception stays as the
/// inner exception. Messages name the file, never a record.
/// </summary>
internal static class SqliteErrors
{
    public static InvalidOperationException Describe(SqliteException error, string store)
    {
        var what = error.SqliteErrorCode switch
        {
            5 or 6 => "the file is locked by another writer (or a reader holding it too long): retry when it is done, or raise the connection's Default Timeout",
            8 => "the file or its folder is read-only: the referential needs to write its file and the -wal and -shm files beside it",
            11 => "the file is corrupt: restore it from a backup (a committed batch is never half-written, so the damage comes from outside)",
            13 => "the disk is full",
            14 => "the file cannot be opened: check that its folder exists and can be written",
            23 or 3 => "access is denied by the file's permissions",
            26 => "the file is not a SQLite database (another format, or encrypted): give the path of a referential file or of a new one",
            _ => "SQLite error " + error.SqliteErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + error.Message + ")",
        };
        return new InvalidOperationException("SQLite referential '" + store + "': " + what, error);
    }

    public static async Task<T> Guard<T>(string store, Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (SqliteException error)
        {
            throw Describe(error, store);
        }
    }
}
