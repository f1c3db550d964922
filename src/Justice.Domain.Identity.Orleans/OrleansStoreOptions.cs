namespace Justice.Domain.Identity.Orleans;

/// <summary>How an <see cref="OrleansPersonStore"/> partitions its referential.</summary>
public sealed record OrleansStoreOptions
{
    /// <summary>The number of partition grains (1 or more; default 16). Every client of a referential uses the same number.</summary>
    public int Partitions { get; init; } = 16;

    /// <summary>
    /// The largest posting list of a key on one partition (default 4096): a key with more records on a partition has
    /// its spread doubled (up to <see cref="Partitions"/>) and its postings moved to their new slots.
    /// </summary>
    public int HotKeyThreshold { get; init; } = 4096;

    /// <summary>
    /// How many partitions score their pairs at once in a deduplication (1 or more; default 4). Each prepares the
    /// records of its blocks while it scores (about 1 KB per record it holds), so this bounds the cluster's memory.
    /// </summary>
    public int ScoringPartitions { get; init; } = 4;

    /// <summary>
    /// How many records one partition sends per message when the referential is read back
    /// (<see cref="OrleansPersonStore.ReadAllAsync"/>; 1 or more; default 10,000). A page is one grain call's reply, and
    /// Orleans refuses a message body over its <c>MaxMessageBodySize</c> (100 MB by default): at a few hundred bytes
    /// a record, the default pages stay within a few MB whatever the referential's size.
    /// </summary>
    public int ReadPageSize { get; init; } = 10_000;

    /// <summary>
    /// How long a grain call whose silo stopped or cannot be reached is tried again before its error is returned
    /// (default 60 s; zero: no new attempt). The cluster has to declare the silo dead before its grains are placed
    /// elsewhere: with Orleans' default membership settings that takes tens of seconds, and longer on a loaded machine.
    /// The pauses between attempts are 0.1 s, 0.2 s, ... up to 1 s each, until they add up to this window.
    /// </summary>
    public TimeSpan SiloLossRetryWindow { get; init; } = TimeSpan.FromSeconds(60);

    internal void Check()
    {
        if (SiloLossRetryWindow < TimeSpan.Zero)
        {
            throw new ArgumentException("the retry window after a silo loss must be zero or more", nameof(SiloLossRetryWindow));
        }

        if (ReadPageSize < 1)
        {
            throw new ArgumentException("the read page size must be 1 or more", nameof(ReadPageSize));
        }

        if (ScoringPartitions < 1)
        {
            throw new ArgumentException("the number of partitions scoring at once must be 1 or more", nameof(ScoringPartitions));
        }

        if (Partitions < 1)
        {
            throw new ArgumentException("the number of partitions must be 1 or more", nameof(Partitions));
        }

        if (HotKeyThreshold < 2)
        {
            throw new ArgumentException("the hot-key threshold must be 2 or more", nameof(HotKeyThreshold));
        }
    }
}
