using System.Collections.Immutable;
using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Elections;

/// <summary><i>Candidat</i> in an individual election, with the votes received and the categories a reservation may look at.</summary>
public sealed record Candidate
{
    /// <summary>Creates a candidate.</summary>
    /// <param name="id">The candidate's unique identifier.</param>
    /// <param name="votes">The votes received, 0 or more.</param>
    /// <param name="categories">The categories ("second grade", "honoraire"), or null.</param>
    public Candidate(string id, long votes, IEnumerable<string>? categories = null)
    {
        Id = Guard.NotBlank(id);
        if (votes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(votes), votes, "candidate '" + id + "' has " + votes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " votes; votes must be 0 or more.");
        }

        Votes = votes;
        Categories = categories is null ? [] : [.. Guard.NoNullElements(categories)];
    }

    /// <summary>The candidate's unique identifier.</summary>
    public string Id { get; }

    /// <summary>The votes received.</summary>
    public long Votes { get; }

    /// <summary>The categories.</summary>
    public ImmutableArray<string> Categories { get; }

    /// <summary>True when the candidate is in <paramref name="category"/> (ordinal, case-insensitive).</summary>
    /// <param name="category">The category.</param>
    /// <returns>Whether the candidate belongs to it.</returns>
    public bool IsIn(string category) => Categories.Contains(category, StringComparer.OrdinalIgnoreCase);
}
