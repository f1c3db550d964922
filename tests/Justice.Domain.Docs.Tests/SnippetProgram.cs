using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Justice.Domain.Docs.Tests;

/// <summary>
/// A documentation snippet compiled as a console program with the settings of a new project (<c>dotnet new console</c>:
/// implicit usings, nullable reference types, the latest language), against the assemblies this test project loads, so
/// the Justice.Domain packages through their public API only.
/// </summary>
public sealed class SnippetProgram
{
    private static readonly string ImplicitUsings = string.Join('\n', new[]
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading",
        "System.Threading.Tasks",
    }.Select(n => $"global using {n};"));

    private static readonly ImmutableArray<MetadataReference> References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray();

    private readonly byte[] image;

    private SnippetProgram(byte[] image, IReadOnlyList<string> diagnostics)
    {
        this.image = image;
        Diagnostics = diagnostics;
    }

    /// <summary>The compiler's errors and warnings, each with the snippet's page and line; empty when it compiles cleanly.</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    /// <summary>Compiles <paramref name="snippet"/>; errors and warnings are in <see cref="Diagnostics"/>.</summary>
    public static SnippetProgram Compile(DocumentationSnippet snippet)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var code = CSharpSyntaxTree.ParseText(snippet.Code, options, path: snippet.Page);
        var usings = CSharpSyntaxTree.ParseText(ImplicitUsings, options, path: "ImplicitUsings.cs");
        var compilation = CSharpCompilation.Create(
            "Snippet_" + Guid.NewGuid().ToString("N"),
            [usings, code],
            References,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        var diagnostics = emitted.Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS8019") // CS8019: an unused using, harmless
            .Select(d => Describe(snippet, d))
            .ToArray();
        return new SnippetProgram(emitted.Success ? stream.ToArray() : [], diagnostics);
    }

    /// <summary>
    /// Runs the compiled program in <paramref name="workingFolder"/> (the process's current folder for the run) and
    /// returns what it wrote to the console; an exception of the program is rethrown.
    /// </summary>
    public string Run(string workingFolder, TimeSpan timeout)
    {
        if (image.Length == 0)
        {
            throw new InvalidOperationException("The snippet did not compile: " + string.Join("; ", Diagnostics));
        }

        var context = new AssemblyLoadContext("snippet", isCollectible: true);
        var previousFolder = Environment.CurrentDirectory;
        var previousOut = Console.Out;
        using var output = new StringWriter();
        try
        {
            var entry = context.LoadFromStream(new MemoryStream(image)).EntryPoint
                ?? throw new InvalidOperationException("The compiled snippet has no entry point.");
            Environment.CurrentDirectory = workingFolder;
            Console.SetOut(output);
            var arguments = entry.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() };
            var run = Task.Run(() => entry.Invoke(null, arguments));
            if (!run.Wait(timeout))
            {
                throw new TimeoutException($"The snippet ran for more than {timeout.TotalSeconds} s.");
            }
        }
        catch (AggregateException e) when (e.InnerException is TargetInvocationException { InnerException: { } inner })
        {
            throw new InvalidOperationException("The snippet threw " + inner.GetType().Name + ": " + inner.Message, inner);
        }
        finally
        {
            Console.SetOut(previousOut);
            Environment.CurrentDirectory = previousFolder;
            context.Unload();
        }

        return output.ToString();
    }

    private static string Describe(DocumentationSnippet snippet, Diagnostic diagnostic)
    {
        var line = diagnostic.Location.IsInSource && diagnostic.Location.SourceTree?.FilePath == snippet.Page
            ? snippet.Line + 1 + diagnostic.Location.GetLineSpan().StartLinePosition.Line
            : snippet.Line;
        return $"{snippet.Page}:{line}: {diagnostic.Id} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
