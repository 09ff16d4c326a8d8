using NewsSite.Web.Data.LocalPostgres;

namespace NewsSite.TestSupport;

/// <summary>
/// A local cluster in the temp folder that lives as long as the test process. Clusters left by a
/// test run that was killed are stopped and deleted by the next run, so none pile up.
/// </summary>
internal static class ThrowawayCluster
{
    private const string FolderPrefix = "newssite-tests-";
    private const string OwnerFile = "owner.pid";

    public static ServerHandle Start()
    {
        RemoveAbandonedClusters();
        var root = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, OwnerFile), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var cluster = LocalPostgresCluster.Start(root, ClusterSettings.Throwaway);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAndDelete(cluster, root);
        return new ServerHandle(cluster.ConnectionString);
    }

    private static void StopAndDelete(LocalPostgresCluster cluster, string root)
    {
        cluster.Stop();
        DeleteQuietly(root, cluster.DataDirectory);
    }

    private static void RemoveAbandonedClusters()
    {
        foreach (var root in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            // Only a cluster's own folder, named as Start names it: tests keep other folders under the same
            // prefix (newssite-tests-media, newssite-tests-mail), in use by this very run.
            if (!IsClusterFolder(Path.GetFileName(root)))
            {
                continue;
            }
            var ownerFile = Path.Combine(root, OwnerFile);
            if (File.Exists(ownerFile) && int.TryParse(File.ReadAllText(ownerFile), out var owner) && RunningServer.IsAlive(owner))
            {
                continue;
            }
            var dataDirectory = Path.Combine(root, "cluster");
            if (RunningServer.TryRead(dataDirectory) is { } server)
            {
                // The server outlived the run that started it; nobody else will ever connect to it.
                PostgresCommandRunner.Run("kill", ["-QUIT", server.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                Thread.Sleep(500);
            }
            DeleteQuietly(root, dataDirectory);
        }
    }

    private static bool IsClusterFolder(string name) =>
        name.Length == FolderPrefix.Length + 12 && name[FolderPrefix.Length..].All(char.IsAsciiHexDigitLower);

    private static void DeleteQuietly(params string[] folders)
    {
        foreach (var folder in folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: the temp folder is cleaned by the next run or the system.
            }
        }
    }
}
