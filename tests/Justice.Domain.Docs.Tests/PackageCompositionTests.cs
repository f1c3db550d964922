using System.Reflection;

namespace Justice.Domain.Docs.Tests;

/// <summary>The packages compose: a user who references all of them needs no alias for a type name.</summary>
public sealed class PackageCompositionTests
{
    private static readonly Assembly[] Packages =
    [
        typeof(Core.LegalReference).Assembly,
        typeof(Deliberation.Meetings.Meeting).Assembly,
        typeof(Usm.Membership.UnionMember).Assembly,
        typeof(Cav.Election.ListCandidate).Assembly,
        typeof(Allocation.Ranking.PostAllocator).Assembly,
        typeof(Identity.Records.PersonRecord).Assembly,
        typeof(Identity.Sqlite.SqlitePersonStore).Assembly,
        typeof(Identity.PostgreSql.PostgreSqlPersonStore).Assembly,
        typeof(Identity.Orleans.OrleansPersonStore).Assembly,
    ];

    [Fact]
    public void NoTwoPackages_ExportATypeWithTheSameSimpleName()
    {
        var clashes = Packages
            .SelectMany(a => a.GetExportedTypes())
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .Where(g => g.Select(t => t.Assembly).Distinct().Count() > 1)
            .Select(g => g.Key + ": " + string.Join(", ", g.Select(t => t.FullName)))
            .ToArray();

        Assert.True(clashes.Length == 0, "types exported under the same name by two packages:\n" + string.Join('\n', clashes));
    }
}
