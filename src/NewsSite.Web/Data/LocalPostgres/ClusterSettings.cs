namespace NewsSite.Web.Data.LocalPostgres;

/// <summary>How a local cluster is tuned: Development keeps its data safe; the tests trade durability for speed.</summary>
public sealed record ClusterSettings(bool Durable, int MaxConnections, string StopMode)
{
    /// <summary>Where initdb and pg_ctl are; when null they are looked for on PATH and in the usual folders.</summary>
    public string? BinDirectory { get; init; }

    public static ClusterSettings Development { get; } = new(Durable: true, MaxConnections: 100, StopMode: "fast");

    public static ClusterSettings Throwaway { get; } = new(Durable: false, MaxConnections: 300, StopMode: "immediate");

    public string ConfigurationLines()
    {
        var lines = new List<string>
        {
            "",
            "# Written by NewsSite's local PostgreSQL launcher.",
            "listen_addresses = '127.0.0.1'",
            "unix_socket_directories = ''",
            $"max_connections = {MaxConnections}",
        };
        if (!Durable)
        {
            lines.AddRange(["fsync = off", "synchronous_commit = off", "full_page_writes = off"]);
        }
        return string.Join('\n', lines) + "\n";
    }
}
