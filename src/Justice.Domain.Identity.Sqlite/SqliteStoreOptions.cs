namespace Justice.Domain.Identity.Sqlite;

/// <summary>
/// How each connection of a <see cref="SqlitePersonStore"/> reads the file: its own page cache (a larger one while it
/// writes a batch), and how much of the file it reads through memory mapping instead of system calls; and the page size
/// of a file the store creates.
/// </summary>
/// <remarks>
/// <para>
/// A <c>Find</c> reads one bucket row per blocking key of the query (about 52 with the default rules), each on a page
/// of its own, spread over the whole index; at a million records most of them are not in a connection's page cache.
/// Read through a memory map, a page the operating system already holds costs a memory access instead of a
/// <c>read</c> call and a copy (SQLite's <c>PRAGMA mmap_size</c>): that is most of a query's time on the file.
/// </para>
/// <para>
/// The map takes address space, not memory: the pages are the operating system's file cache, shared by every
/// connection and process that reads the file. SQLite documents one risk of it: an I/O error while reading the file
/// (a removable or network disk that goes away) stops the process with a signal instead of returning an error. Set
/// <see cref="MemoryMapBytes"/> to 0 when the file lives on such a disk.
/// </para>
/// </remarks>
public sealed record SqliteStoreOptions
{
    /// <summary>The default page cache of a connection: 64 MiB (SQLite's own default is 2 MiB).</summary>
    public const long DefaultPageCacheBytes = 64L << 20;

    /// <summary>The default page cache of a write batch's connection: 512 MiB.</summary>
    public const long DefaultBatchPageCacheBytes = 512L << 20;

    /// <summary>The default memory map of a connection: 16 GiB, the file of tens of millions of records (the SQLite build of Microsoft.Data.Sqlite caps a map at 2 GiB of the file; the rest is read by system calls).</summary>
    public const long DefaultMemoryMapBytes = 16L << 30;

    /// <summary>The default page size of a new file: 16 KiB (SQLite's own default is 4 KiB).</summary>
    public const int DefaultPageSizeBytes = 16 << 10;

    /// <summary>
    /// The page size of a file the store creates: a power of two from 512 to 65,536 bytes. It is a property of the
    /// file, fixed when the file is created: an existing file keeps its own, whatever this option says. A key bucket
    /// (about 2.4 KB at a million records) takes a page of its own when pages are 4 KiB, and about a sixth of one when
    /// they are 16 KiB: the file is about a fifth smaller, and a batch writes that much less to the log and the file
    /// (<c>docs/benchmarks.md</c>, "Page size (SQLite)").
    /// </summary>
    public int PageSizeBytes { get; init; } = DefaultPageSizeBytes;

    /// <summary>Bytes of the file each connection reads through a memory map (0: none, every page read by a system call).</summary>
    public long MemoryMapBytes { get; init; } = DefaultMemoryMapBytes;

    /// <summary>Bytes of each connection's page cache (the pages it keeps after reading them, and a writer's pages before they go to the log).</summary>
    public long PageCacheBytes { get; init; } = DefaultPageCacheBytes;

    /// <summary>
    /// Bytes of the page cache of a connection while it writes a batch. A batch of 100,000 records adds rows all over
    /// the index of ids while it appends their rows and rewrites the buckets it touches; with the pages it changes kept
    /// until the commit, a million records import in about 96 s instead of 114 s on the machine of
    /// <c>docs/benchmarks.md</c>. The cache is taken as pages are read, and shrinks back to <see cref="PageCacheBytes"/>
    /// when the pooled connection next serves a read.
    /// </summary>
    public long BatchPageCacheBytes { get; init; } = DefaultBatchPageCacheBytes;

    /// <summary>Checks the options, naming the one that is out of range.</summary>
    internal void Check()
    {
        if (MemoryMapBytes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryMapBytes), MemoryMapBytes, "MemoryMapBytes must be 0 (no memory map) or more");
        }

        CheckCache(PageCacheBytes, nameof(PageCacheBytes));
        CheckCache(BatchPageCacheBytes, nameof(BatchPageCacheBytes));
        if (PageSizeBytes is < 512 or > 65_536 || !int.IsPow2(PageSizeBytes))
        {
            throw new ArgumentOutOfRangeException(nameof(PageSizeBytes), PageSizeBytes, "PageSizeBytes must be a power of two from 512 to 65536 (the page sizes SQLite allows)");
        }
    }

    /// <summary>A page cache is given to SQLite in KiB as a 32-bit count: from 1 KiB to 2^31 - 1 KiB (about 2 TiB).</summary>
    private static void CheckCache(long bytes, string option)
    {
        if (bytes is < 1024 or > int.MaxValue * 1024L)
        {
            throw new ArgumentOutOfRangeException(option, bytes, option + " must be from 1024 (one KiB) to " + (int.MaxValue * 1024L).ToString(System.Globalization.CultureInfo.InvariantCulture) + " (SQLite counts a cache in KiB, in 32 bits)");
        }
    }
}
