namespace NewsSite.Benchmarks;

/// <summary>The checkout this program was built from: where the site's project is and where results go.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        // The build output lives inside the checkout (tests/NewsSite.Benchmarks/bin/…), wherever the command is run from.
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsSite.sln")))
            {
                return directory.FullName;
            }
        }
        throw new BenchmarkException($"No NewsSite.sln above '{AppContext.BaseDirectory}'; run the benchmark from its checkout.");
    }

    public static string WebProject(string root) => Path.Combine(root, "src", "NewsSite.Web");

    public static string ResultsFile(string root) => Path.Combine(root, "tests", "NewsSite.Benchmarks", "results", "latest.md");
}
