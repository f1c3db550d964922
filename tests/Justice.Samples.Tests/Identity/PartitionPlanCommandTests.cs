using Justice.Samples.Tests.Cli;

namespace Justice.Samples.Tests.Identity;

/// <summary><c>justice identity partition-plan</c>: one row per number of partitions, and clear errors for bad options.</summary>
public sealed class PartitionPlanCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("justice-partition-plan-").FullName;

    private string In(string name) => Path.Combine(folder, name);

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void GeneratedFile_OneRowPerNumberOfPartitions_OnePartitionAsksOne()
    {
        CliAssert.Exit(0, CliRunner.Run("identity", "generate", "--people", "200", "--seed", "5", "--output", In("syn")));
        var run = CliRunner.Run("identity", "partition-plan", "--input", In("syn/persons.csv"), "--partitions", "1,4", "--queries", "50");
        CliAssert.Exit(0, run);
        var rows = run.Out.Split('\n').Where(l => l.StartsWith('│') && char.IsDigit(l.TrimStart('│', ' ')[0])).ToArray();
        Assert.Equal(2, rows.Length);

        // One partition: no skew, one copy of each record, one partition asked and four messages (with the catalog).
        var one = rows[0].Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["1", "1.000", "1.000", "1.000", "0"], one[..5]);
        Assert.Equal("1.00", one[6]);
        Assert.Equal(["1", "4"], one[9..11]);
    }

    [Theory]
    [InlineData("--partitions", "3,x", "'x' is not a number of partitions")]
    [InlineData("--partitions", "0", "'0' is not a number of partitions")]
    [InlineData("--hot-key-threshold", "1", "--hot-key-threshold must be 2 or more")]
    [InlineData("--queries", "0", "--queries must be 1 or more")]
    public void OptionOutOfRange_UsageError(string option, string value, string message)
    {
        File.WriteAllText(In("persons.csv"), "id,birth_surname,first_names,birth_date\n1,MARTIN,Jean,1970-03-14\n");
        var run = CliRunner.Run("identity", "partition-plan", option, value, "--input", In("persons.csv"));
        CliAssert.Exit(2, run);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }
}
