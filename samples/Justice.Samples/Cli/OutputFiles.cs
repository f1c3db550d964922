using System.Globalization;
using System.Text;

namespace Justice.Samples.Cli;

/// <summary>
/// The output files of one run, checked before the work starts and written so that a failed run leaves none of them:
/// an output may not be one of the run's inputs or another output; its folder must exist and take a new file (a
/// temporary file is created there at once). Each output is written to its temporary file; <see cref="Commit"/>
/// renames them over their targets one after the other once all are complete; <see cref="Dispose"/> deletes the
/// temporary files of a run that did not commit. Messages name the target, never the hidden temporary file.
/// </summary>
internal sealed class OutputFiles : IDisposable
{
    private readonly List<(string Path, string Option)> inputs = [];
    private readonly List<Entry> outputs = [];

    /// <summary>Creates the set, with the run's inputs (null paths are skipped).</summary>
    /// <param name="inputs">Each input with the option that gave it.</param>
    public OutputFiles(params (string Option, string? Path)[] inputs)
    {
        foreach (var (option, path) in inputs)
        {
            if (path is not null)
            {
                this.inputs.Add((Resolve(path), option));
            }
        }
    }

    /// <summary>Checks and reserves an output: not an input, not another output, in a folder that exists and is writable.</summary>
    /// <param name="path">The output's path.</param>
    /// <param name="option">The option that gave it, for messages.</param>
    /// <returns>The output's full path.</returns>
    /// <exception cref="CliUsageException">The output may not be written.</exception>
    public string Add(string path, string option)
    {
        var full = Path.GetFullPath(path);
        var resolved = Resolve(full);
        foreach (var (input, inputOption) in inputs)
        {
            if (string.Equals(input, resolved, PathComparison))
            {
                throw new CliUsageException(option + " " + full + " is also the input of " + inputOption + ": an output never overwrites an input; choose another file.");
            }
        }

        if (outputs.Find(o => string.Equals(o.Resolved, resolved, PathComparison)) is { } other)
        {
            throw new CliUsageException(option + " " + full + " is also the output of " + other.Option + "; give each output its own file.");
        }

        if (Directory.Exists(full))
        {
            throw new CliUsageException(option + " " + full + " is a folder; give a file name.");
        }

        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new CliUsageException(option + ": the folder " + folder + " does not exist.");
        }

        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "." + outputs.Count.ToString(CultureInfo.InvariantCulture) + ".partial");
        try
        {
            using (File.Create(temporary))
            {
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException(option + ": cannot write in the folder " + folder + " (" + Describe(ex, temporary, full) + ").", ex);
        }

        outputs.Add(new Entry(full, resolved, temporary, option));
        return full;
    }

    /// <summary>Writes an output (added with <see cref="Add"/>) to its temporary file, in UTF-8 without a byte-order mark.</summary>
    /// <param name="path">The output's path.</param>
    /// <param name="write">Writes the content.</param>
    /// <exception cref="IOException">The write failed; the message names the output.</exception>
    public void Write(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var entry = outputs.Find(o => string.Equals(o.Path, full, PathComparison))
            ?? throw new InvalidOperationException("The output " + full + " was not checked before the run (OutputFiles.Add).");
        try
        {
            using var writer = new StreamWriter(entry.Temporary, false, new UTF8Encoding(false), 1 << 16);
            write(writer);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException(entry.Option + ": cannot write " + full + " (" + Describe(ex, entry.Temporary, full) + ").", ex);
        }
    }

    /// <summary>Renames every output over its target, once all are written.</summary>
    /// <param name="cancellationToken">A run cancelled before this point leaves no output.</param>
    public void Commit(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var entry in outputs)
        {
            try
            {
                File.Move(entry.Temporary, entry.Path, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new IOException(entry.Option + ": cannot write " + entry.Path + " (" + Describe(ex, entry.Temporary, entry.Path) + ").", ex);
            }
        }
    }

    /// <summary>Deletes the temporary files left (all of them when the run did not commit).</summary>
    public void Dispose()
    {
        foreach (var entry in outputs)
        {
            try
            {
                File.Delete(entry.Temporary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Best effort: the run's own error, if any, is what the user needs to read.
                GC.KeepAlive(ex);
            }
        }
    }

    private static StringComparison PathComparison => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The full path with a symbolic link followed to its final target.</summary>
    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    /// <summary>The system's reason, with the temporary file's name replaced by the target's.</summary>
    private static string Describe(Exception ex, string temporary, string target) =>
        ex.Message.Replace(temporary, target, StringComparison.Ordinal).ReplaceLineEndings(" ").Trim().TrimEnd('.');

    private sealed record Entry(string Path, string Resolved, string Temporary, string Option);
}
