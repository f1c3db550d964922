namespace Justice.Domain.Docs.Tests;

/// <summary>The Markdown pages of the repository and their ```csharp blocks.</summary>
public static class DocumentationPages
{
    private const string Fence = "```";
    private const string CompileOnlyMarker = "<!-- snippet: compile-only -->";
    private const string FragmentMarker = "<!-- snippet: fragment -->";

    /// <summary>The repository's root: the first folder above the test binaries that holds <c>Justice.Domain.sln</c>.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The pages a user reads: the README, every page under <c>docs/</c> and every package's README.</summary>
    public static IReadOnlyList<string> Pages { get; } = FindPages();

    /// <summary>Every ```csharp block of <see cref="Pages"/>, in page order.</summary>
    public static IReadOnlyList<DocumentationSnippet> Snippets { get; } = Pages.SelectMany(Read).ToArray();

    /// <summary>The ```csharp blocks of one page (a path from the repository root).</summary>
    public static IEnumerable<DocumentationSnippet> Read(string page) =>
        Parse(page, File.ReadAllLines(Path.Combine(RepositoryRoot, page)));

    /// <summary>The ```csharp blocks of a page's <paramref name="lines"/>; <paramref name="page"/> names it in errors.</summary>
    public static IEnumerable<DocumentationSnippet> Parse(string page, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim() != Fence + "csharp")
            {
                continue;
            }

            var start = i;
            var end = i + 1;
            while (end < lines.Count && lines[end].Trim() != Fence)
            {
                end++;
            }

            if (end == lines.Count)
            {
                end = -1;
            }

            if (end < 0)
            {
                throw new InvalidDataException($"{page}:{start + 1}: a ```csharp block is never closed.");
            }

            var marker = start > 0 ? lines[start - 1].Trim() : "";
            var check = marker switch
            {
                CompileOnlyMarker => SnippetCheck.CompileOnly,
                FragmentMarker => SnippetCheck.Fragment,
                _ => SnippetCheck.CompileAndRun,
            };
            yield return new DocumentationSnippet(page, start + 1, string.Join('\n', lines.Skip(start + 1).Take(end - start - 1)), check);
            i = end;
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Justice.Domain.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Justice.Domain.sln not found above " + AppContext.BaseDirectory);
    }

    private static string[] FindPages()
    {
        var docs = Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories);
        var packages = Directory.EnumerateDirectories(Path.Combine(RepositoryRoot, "src"))
            .Select(p => Path.Combine(p, "README.md"))
            .Where(File.Exists);
        return new[] { Path.Combine(RepositoryRoot, "README.md") }
            .Concat(docs)
            .Concat(packages)
            .Select(p => Path.GetRelativePath(RepositoryRoot, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
