namespace NewsSite.Benchmarks;

/// <summary>One temp folder per run for the database, the published site, nginx and the logs; deleted at the end.</summary>
public sealed class Workspace : IDisposable
{
    private Workspace(string root)
    {
        Root = root;
        Directory.CreateDirectory(Logs);
    }

    public string Root { get; }

    public string Postgres => Path.Combine(Root, "postgres");

    public string Site => Path.Combine(Root, "site");

    public string Nginx => Path.Combine(Root, "nginx");

    public string Logs => Path.Combine(Root, "logs");

    public static Workspace Create() =>
        new(Path.Combine(Path.GetTempPath(), "newssite-benchmark-" + Guid.NewGuid().ToString("N")[..12]));

    public string Log(string name) => Path.Combine(Logs, name + ".log");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not delete '{Root}': {e.Message}");
        }
    }
}
