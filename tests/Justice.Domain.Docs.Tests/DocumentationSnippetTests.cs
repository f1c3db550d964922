namespace Justice.Domain.Docs.Tests;

/// <summary>
/// The documentation's code is code: every ```csharp block of the README, of <c>docs/</c> and of each package's README
/// compiles, without a warning, against the packages' public API, and runs to its end.
/// </summary>
public sealed class DocumentationSnippetTests
{
    /// <summary>The pages that are the manual of a package: each has at least one program that is compiled and run.</summary>
    public static readonly TheoryData<string> PackagePages = new(
        "docs/core.md", "docs/deliberation.md", "docs/usm.md", "docs/cav.md", "docs/allocation.md",
        "docs/identity/index.md", "docs/identity/referential.md", "docs/identity/referential-postgresql.md",
        "src/Justice.Domain.Core/README.md", "src/Justice.Domain.Deliberation/README.md", "src/Justice.Domain.Usm/README.md",
        "src/Justice.Domain.Cav/README.md", "src/Justice.Domain.Allocation/README.md", "src/Justice.Domain.Identity/README.md",
        "src/Justice.Domain.Identity.Sqlite/README.md", "src/Justice.Domain.Identity.PostgreSql/README.md");

    /// <summary>Every compiled snippet, by <c>page:line</c>.</summary>
    public static TheoryData<string> CompiledSnippets()
    {
        var data = new TheoryData<string>();
        foreach (var snippet in DocumentationPages.Snippets.Where(s => s.Check != SnippetCheck.Fragment))
        {
            data.Add(snippet.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CompiledSnippets))]
    public void Snippet_CompilesWithoutWarning_AndRuns(string where)
    {
        var snippet = DocumentationPages.Snippets.Single(s => s.ToString() == where);

        var program = SnippetProgram.Compile(snippet);

        Assert.True(program.Diagnostics.Count == 0, string.Join('\n', program.Diagnostics));
        if (snippet.Check == SnippetCheck.CompileAndRun)
        {
            var folder = Directory.CreateTempSubdirectory("justice-snippet-").FullName;
            try
            {
                program.Run(folder, TimeSpan.FromMinutes(2));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [MemberData(nameof(PackagePages))]
    public void PackagePage_HasAQuickStartThatIsCompiledAndRun(string page)
    {
        Assert.Contains(page, DocumentationPages.Pages);
        var programs = DocumentationPages.Snippets.Where(s => s.Page == page && s.Check != SnippetCheck.Fragment).ToArray();

        Assert.True(programs.Length > 0, $"{page} has no ```csharp program (only fragments or none).");
        if (!page.Contains("postgresql", StringComparison.OrdinalIgnoreCase)) // the PostgreSQL examples need a server: compiled only
        {
            Assert.Contains(programs, s => s.Check == SnippetCheck.CompileAndRun);
        }
    }

    [Fact]
    public void Parse_ReadsEachBlockWithItsMarker_AndIgnoresOtherLanguages()
    {
        string[] page =
        [
            "# Page", "```csharp", "var a = 1;", "```", "",
            "<!-- snippet: compile-only -->", "```csharp", "var b = 2;", "```",
            "<!-- snippet: fragment -->", "```csharp", "x => x", "```",
            "```bash", "justice tour", "```",
        ];

        var snippets = DocumentationPages.Parse("page.md", page).ToArray();

        Assert.Equal(
            [("page.md:2", SnippetCheck.CompileAndRun, "var a = 1;"), ("page.md:7", SnippetCheck.CompileOnly, "var b = 2;"), ("page.md:11", SnippetCheck.Fragment, "x => x")],
            snippets.Select(s => (s.ToString(), s.Check, s.Code)));
    }

    [Fact]
    public void Parse_RejectsABlockThatIsNeverClosed_NamingPageAndLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => DocumentationPages.Parse("page.md", ["text", "```csharp", "var a = 1;"]).ToArray());

        Assert.Contains("page.md:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ReportsAnErrorAtTheSnippetsLineInThePage()
    {
        var program = SnippetProgram.Compile(new DocumentationSnippet("page.md", 10, "var a = 1;\nint b = \"text\";", SnippetCheck.CompileAndRun));

        Assert.Contains(program.Diagnostics, d => d.StartsWith("page.md:12: CS0029", StringComparison.Ordinal));
        Assert.Contains(program.Diagnostics, d => d.StartsWith("page.md:11: CS0219", StringComparison.Ordinal)); // a warning fails too
    }

    [Fact]
    public void Run_RethrowsTheProgramsException()
    {
        var program = SnippetProgram.Compile(new DocumentationSnippet("page.md", 1, "throw new InvalidOperationException(\"boom\");", SnippetCheck.CompileAndRun));

        var error = Assert.Throws<InvalidOperationException>(() => program.Run(Path.GetTempPath(), TimeSpan.FromSeconds(30)));
        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
    }
}
