using NewsSite.Benchmarks.Processes;

namespace NewsSite.Benchmarks.Load;

/// <summary>
/// The reference: nginx serving the article page saved as a static file, on the same machine
/// and under the same load, so the site's figures read as a fraction of "as fast as a web
/// server can send these bytes".
/// </summary>
public sealed class NginxStaticServer : IAsyncDisposable
{
    public const string PageName = "article.html";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly ChildProcess _process;

    private NginxStaticServer(ChildProcess process, Uri pageAddress)
    {
        _process = process;
        PageAddress = pageAddress;
    }

    public Uri PageAddress { get; }

    public int ProcessId => _process.Id;

    public static async Task<NginxStaticServer> StartAsync(
        string directory, byte[] page, HttpClient http, string logPath, CancellationToken cancellationToken)
    {
        var configuration = NginxConfiguration.Write(directory, FreePort.Find());
        await File.WriteAllBytesAsync(Path.Combine(configuration.HtmlDirectory, PageName), page, cancellationToken);
        // -e: the error log goes to the run's folder from the first moment, not to /var/log/nginx.
        var command = new Command(
            Prerequisites.Path(Prerequisites.Nginx),
            ["-p", directory, "-c", configuration.ConfigurationFile, "-e", configuration.ErrorLog]);
        var server = new NginxStaticServer(ChildProcess.Start(command, logPath), new Uri($"http://127.0.0.1:{configuration.Port}/{PageName}"));
        try
        {
            await Readiness.WaitForOkAsync(http, server.PageAddress, server._process, StartTimeout, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.StopAsync(TimeSpan.FromSeconds(5));
        await _process.DisposeAsync();
    }
}
