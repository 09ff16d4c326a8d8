using NewsSite.Web.Data.LocalPostgres;

namespace NewsSite.Tests.Data.LocalPostgres;

public sealed class LocalDatabaseLifetimeTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "newssite-lifetime-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task Stopping_the_development_site_stops_its_local_postgresql()
    {
        using var site = SiteProcess.Start(["--urls", "http://127.0.0.1:0"], new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__NewsSite"] = "",
            ["Database__LocalDataPath"] = _dataPath,
            // The test output folder has no wwwroot to take the demo images from.
            ["DemoContent__SeedOnStart"] = "false",
        });
        await site.WaitUntilStartedAsync();
        var server = RunningServer.TryRead(Path.Combine(_dataPath, "cluster"));
        Assert.NotNull(server);

        site.Terminate();

        Assert.Equal(0, await site.WaitForExitAsync());
        Assert.False(RunningServer.IsAlive(server.ProcessId), "PostgreSQL should have stopped with the site");
        Assert.Null(RunningServer.TryRead(Path.Combine(_dataPath, "cluster")));
    }

    public void Dispose()
    {
        if (RunningServer.TryRead(Path.Combine(_dataPath, "cluster")) is { } leftover)
        {
            System.Diagnostics.Process.Start("kill", ["-QUIT", leftover.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        }
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }
}
