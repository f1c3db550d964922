namespace Justice.Domain.Docs.Tests;

/// <summary>
/// What is checked of a ```csharp block. The default is <see cref="CompileAndRun"/>; a page asks for less with an HTML
/// comment on the line just before the fence: <c>&lt;!-- snippet: compile-only --&gt;</c> or
/// <c>&lt;!-- snippet: fragment --&gt;</c>.
/// </summary>
public enum SnippetCheck
{
    /// <summary>A whole program: compiled against the packages' public API, then run; it must end without an exception.</summary>
    CompileAndRun,

    /// <summary>A whole program that needs a server (PostgreSQL): compiled, not run.</summary>
    CompileOnly,

    /// <summary>An excerpt (a test method, part of an expression): not a program, so neither compiled nor run.</summary>
    Fragment,
}
