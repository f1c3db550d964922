namespace Justice.Domain.Allocation.Model;

/// <summary><i>Sens du classement</i>: which end of a criterion's loads gets rank 1.</summary>
public enum RankDirection
{
    /// <summary>Rank 1 is the highest load (the 2000 circular's reading: the busiest court first).</summary>
    Descending,

    /// <summary>Rank 1 is the lowest load.</summary>
    Ascending,
}
