using System.Net;
using System.Net.Sockets;

namespace NewsSite.Benchmarks.Processes;

public static class FreePort
{
    /// <summary>A TCP port on 127.0.0.1 that nothing listens on now; every server of the benchmark listens on loopback only.</summary>
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
