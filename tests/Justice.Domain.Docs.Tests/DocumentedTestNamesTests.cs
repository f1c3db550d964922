using System.Text.RegularExpressions;

namespace Justice.Domain.Docs.Tests;

/// <summary>
/// The rule tables of the documentation name the tests that check each rule (<c>`DuesTests.OwedFrom_Year_Is1January`</c>,
/// or a prefix with <c>*</c>): every name must be a test that exists, so a reader can run the one the table cites.
/// </summary>
public sealed partial class DocumentedTestNamesTests
{
    [Fact]
    public void EveryTestNamedInTheDocumentation_Exists()
    {
        var tests = TestMethodsByClass();
        var cited = DocumentationPages.Pages
            .SelectMany(page => CitedTest().Matches(File.ReadAllText(Path.Combine(DocumentationPages.RepositoryRoot, page)))
                .Select(m => (Page: page, Class: m.Groups["class"].Value, Method: m.Groups["method"].Value)))
            .Distinct()
            .ToArray();

        var missing = cited
            .Where(c => !tests.TryGetValue(c.Class, out var methods) || !methods.Any(m => Matches(c.Method, m)))
            .Select(c => $"{c.Page}: {c.Class}.{c.Method}")
            .ToArray();

        Assert.True(cited.Length > 100, $"only {cited.Length} test names found in the documentation: is the pattern still right?");
        Assert.True(missing.Length == 0, "named in the documentation but not a test:\n" + string.Join('\n', missing));
    }

    [Theory]
    [InlineData("OwedFrom_Year_Is1January", "OwedFrom_Year_Is1January", true)]
    [InlineData("Check_*", "Check_DeprivationLength", true)]
    [InlineData("*", "Anything", true)]
    [InlineData("Check_*", "Run_Check", false)]
    [InlineData("OwedFrom", "OwedFrom_Year", false)]
    public void Matches_IsExactOrAPrefixWithAStar(string cited, string method, bool expected) =>
        Assert.Equal(expected, Matches(cited, method));

    private static bool Matches(string cited, string method) =>
        cited.EndsWith('*') ? method.StartsWith(cited[..^1], StringComparison.Ordinal) : cited == method;

    private static Dictionary<string, HashSet<string>> TestMethodsByClass()
    {
        var byClass = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var folder = Path.Combine(DocumentationPages.RepositoryRoot, "tests");
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains("/obj/", StringComparison.Ordinal) || file.Contains("/bin/", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            foreach (Match type in TestClass().Matches(text))
            {
                var methods = byClass.TryGetValue(type.Groups[1].Value, out var known) ? known : byClass[type.Groups[1].Value] = [];
                var end = NextClassStart(text, type.Index + type.Length);
                foreach (Match method in TestMethod().Matches(text[type.Index..end]))
                {
                    methods.Add(method.Groups[1].Value);
                }
            }
        }

        return byClass;
    }

    private static int NextClassStart(string text, int from)
    {
        var next = TestClass().Match(text, from);
        return next.Success ? next.Index : text.Length;
    }

    [GeneratedRegex(@"`(?<class>[A-Z][A-Za-z0-9]*Tests)\.(?<method>[A-Za-z0-9_]+\*?)`")]
    private static partial Regex CitedTest();

    [GeneratedRegex(@"\bclass ([A-Z][A-Za-z0-9]*Tests)\b")]
    private static partial Regex TestClass();

    [GeneratedRegex(@"public (?:async )?[A-Za-z<>\[\]]+ ([A-Za-z0-9_]+)\(")]
    private static partial Regex TestMethod();
}
