namespace Justice.Domain.Deliberation.Meetings;

/// <summary>How a count is compared to a fraction of its base.</summary>
public enum Comparison
{
    /// <summary><i>Au moins</i>: count ≥ fraction × base ("two-thirds": 3·yes ≥ 2·base).</summary>
    AtLeast = 0,

    /// <summary><i>Plus de</i>: count &gt; fraction × base ("more than half": 2·yes &gt; base).</summary>
    MoreThan = 1,
}
