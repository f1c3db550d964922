namespace Justice.Samples.Synthetic;

/// <summary>Finds the repository root (the folder holding Justice.Domain.sln) and the shared data beside it.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root, walking up from <paramref name="start"/> (the current directory by default), then from the assembly's folder.</summary>
    /// <param name="start">Where to start.</param>
    /// <returns>The root folder.</returns>
    public static string Root(string? start = null)
    {
        foreach (var origin in new[] { start ?? Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Justice.Domain.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Justice.Domain.sln not found above the current directory or the application folder.");
    }

    /// <summary>The shared folder (<c>../shared</c> from the repository root).</summary>
    /// <returns>The path.</returns>
    public static string Shared() => Path.GetFullPath(Path.Combine(Root(), "..", "shared"));

    /// <summary>A file of the FEBRL datasets.</summary>
    /// <param name="file">The file name.</param>
    /// <returns>The path.</returns>
    public static string Febrl(string file) => Path.Combine(Shared(), "data", "febrl", file);

    /// <summary>The INSEE communes file.</summary>
    /// <returns>The path.</returns>
    public static string InseeCommunes() => Path.Combine(Shared(), "data", "insee", "communes.csv");
}
