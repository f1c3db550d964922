namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>The replies a grain keeps to answer a retried call (<see cref="ChangeId"/>).</summary>
internal static class ChangeLog
{
    /// <summary>
    /// The replies kept. A store object makes one changing call at a time on a grain and retries it before the next,
    /// so one would do; the margin covers a few store objects writing at once.
    /// </summary>
    public const int Capacity = 16;

    /// <summary>The reply to <paramref name="change"/>, when it was applied.</summary>
    public static AppliedChange? Find(List<AppliedChange> recent, ChangeId change) => recent.Find(a => a.Change == change);

    /// <summary>Records a reply, dropping the oldest beyond <see cref="Capacity"/>.</summary>
    public static void Add(List<AppliedChange> recent, AppliedChange applied)
    {
        recent.Add(applied);
        if (recent.Count > Capacity)
        {
            recent.RemoveRange(0, recent.Count - Capacity);
        }
    }
}
