using System.Globalization;
using System.Text.Json;
using Justice.Samples.Tests.Cli;

namespace Justice.Samples.Tests.BadInputs;

/// <summary>
/// The corpus of bad inputs (<c>BadInputs/cases.tsv</c>, files beside it): each case runs the CLI and checks its exit
/// code, a fragment of its message, the rows read and the records kept (from the <c>--json</c> summary), and that a
/// failed run leaves no output, not even a temporary file.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "BadInputs");
    private readonly string output = Directory.CreateTempSubdirectory("justice-bad-input-").FullName;

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, "cases.tsv")).Skip(1).Where(l => l.Length > 0))
        {
            data.Add(line.Split('\t')[0]);
        }

        return data;
    }

    public void Dispose() => Directory.Delete(output, recursive: true);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_RunsAsTheCorpusSays(string name)
    {
        var fields = File.ReadLines(Path.Combine(Folder, "cases.tsv")).Select(l => l.Split('\t')).Single(f => f[0] == name);
        Assert.True(fields.Length == 6, $"case '{name}': expected 6 tab-separated fields, found {fields.Length}");
        var args = fields[1].Split(' ').Select(a => a.Replace("{in}", Folder, StringComparison.Ordinal).Replace("{out}", output, StringComparison.Ordinal)).ToArray();
        var before = Directory.GetFiles(Folder).ToDictionary(f => f, File.ReadAllBytes);

        var (code, stdout, stderr) = CliRunner.Run(args);

        CliAssert.Exit(int.Parse(fields[2], CultureInfo.InvariantCulture), code, stderr);
        if (fields[3] != "-")
        {
            Assert.True(
                (stderr + stdout).Contains(fields[3], StringComparison.Ordinal),
                $"case '{name}': expected the output to contain \"{fields[3]}\"; stderr: {stderr}");
        }

        if (fields[4] != "-")
        {
            using var summary = JsonDocument.Parse(stdout);
            Assert.Equal(int.Parse(fields[4], CultureInfo.InvariantCulture), summary.RootElement.GetProperty("rows").GetInt32());
            Assert.Equal(int.Parse(fields[5], CultureInfo.InvariantCulture), summary.RootElement.GetProperty("records").GetInt32());
        }

        // Inputs are never changed, and a failed run leaves no output (nor a hidden temporary file).
        foreach (var (file, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(file)), $"case '{name}': the input {Path.GetFileName(file)} was changed");
        }

        Assert.Equal(before.Keys.Order(), Directory.GetFiles(Folder).Order());
        if (code != 0)
        {
            Assert.Empty(Directory.GetFiles(output, "*", SearchOption.AllDirectories));
        }
        else
        {
            Assert.Empty(Directory.GetFiles(output, "*.partial", SearchOption.AllDirectories));
        }

        Assert.DoesNotContain(".partial", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }
}
