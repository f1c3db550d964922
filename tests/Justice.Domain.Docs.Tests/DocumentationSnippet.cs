namespace Justice.Domain.Docs.Tests;

/// <summary>A ```csharp block of a Markdown page: where it is, its code and what is checked of it.</summary>
/// <param name="Page">The page's path from the repository root, with forward slashes.</param>
/// <param name="Line">The line of the opening fence (1-based).</param>
/// <param name="Code">The block's code, without the fences.</param>
/// <param name="Check">What the snippet test does with it.</param>
public sealed record DocumentationSnippet(string Page, int Line, string Code, SnippetCheck Check)
{
    /// <summary>Where the block is, as <c>page:line</c>: the test case's name.</summary>
    public override string ToString() => $"{Page}:{Line}";
}
