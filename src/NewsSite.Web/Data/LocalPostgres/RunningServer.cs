using Npgsql;

namespace NewsSite.Web.Data.LocalPostgres;

/// <summary>
/// What <c>postmaster.pid</c> says about a server already running on a data folder: left behind
/// by a process that was killed before it could stop its cluster.
/// </summary>
internal sealed record RunningServer(int ProcessId, int Port)
{
    public static RunningServer? TryRead(string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }
        // Line 1 is the postmaster's process id, line 4 its port (PostgreSQL's documented layout).
        var lines = File.ReadAllLines(pidFile);
        if (lines.Length < 4 || !int.TryParse(lines[0], out var pid) || !int.TryParse(lines[3], out var port))
        {
            return null;
        }
        return IsAlive(pid) ? new RunningServer(pid, port) : null;
    }

    /// <summary>
    /// Whether a process still runs. A server that exited but was never reaped (its parent gone,
    /// in a container whose first process does not reap) still has a /proc entry, in state Z.
    /// </summary>
    public static bool IsAlive(int processId)
    {
        var stat = $"/proc/{processId}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }
        var text = File.ReadAllText(stat);
        // The state follows the command name, which is in parentheses and may itself contain spaces.
        var afterName = text.LastIndexOf(')');
        return afterName < 0 || afterName + 2 >= text.Length || text[afterName + 2] != 'Z';
    }

    public static bool Answers(string connectionString)
    {
        try
        {
            using var connection = new NpgsqlConnection(connectionString + ";Timeout=3");
            connection.Open();
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return false;
        }
    }
}
