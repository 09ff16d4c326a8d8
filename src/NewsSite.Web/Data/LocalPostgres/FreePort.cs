using System.Net;
using System.Net.Sockets;

namespace NewsSite.Web.Data.LocalPostgres;

internal static class FreePort
{
    /// <summary>Asks the operating system for a free TCP port on 127.0.0.1.</summary>
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
