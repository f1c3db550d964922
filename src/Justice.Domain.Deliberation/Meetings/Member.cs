using System.Collections.Immutable;
using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Meetings;

/// <summary><i>Membre</i> of a deliberating body, with what the rules may look at.</summary>
public sealed record Member
{
    /// <summary>Creates a member.</summary>
    /// <param name="id">The member's unique identifier in the body.</param>
    /// <param name="voice">Deliberative or consultative voice.</param>
    /// <param name="isChair">Whether the member chairs the meeting (<i>président de séance</i>).</param>
    /// <param name="group">The group a proxy rule may compare (a regional union), or null.</param>
    /// <param name="categories">Categories a rule may exempt or reserve ("auditeur", "outre-mer"), or null.</param>
    /// <param name="duesUpToDate">Whether the member is up to date with the dues (<i>à jour de cotisation</i>).</param>
    public Member(string id, Voice voice, bool isChair = false, string? group = null, IEnumerable<string>? categories = null, bool duesUpToDate = true)
    {
        Id = Guard.NotBlank(id);
        Voice = Guard.Defined(voice);
        IsChair = isChair;
        Group = string.IsNullOrWhiteSpace(group) ? null : group;
        Categories = categories is null ? [] : [.. Guard.NoNullElements(categories)];
        DuesUpToDate = duesUpToDate;
    }

    /// <summary>The member's unique identifier in the body.</summary>
    public string Id { get; }

    /// <summary>Deliberative or consultative voice.</summary>
    public Voice Voice { get; }

    /// <summary>Whether the member chairs the meeting.</summary>
    public bool IsChair { get; }

    /// <summary>The group (a regional union), or null.</summary>
    public string? Group { get; }

    /// <summary>The categories the member belongs to.</summary>
    public ImmutableArray<string> Categories { get; }

    /// <summary>Whether the member is up to date with the dues.</summary>
    public bool DuesUpToDate { get; }

    /// <summary>True when the member is in <paramref name="category"/> (ordinal, case-insensitive).</summary>
    /// <param name="category">The category.</param>
    /// <returns>Whether the member belongs to it.</returns>
    public bool IsIn(string category) => Categories.Contains(category, StringComparer.OrdinalIgnoreCase);
}
