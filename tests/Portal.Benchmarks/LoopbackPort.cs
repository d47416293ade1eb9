using System.Net;
using System.Net.Sockets;

namespace Portal.Benchmarks;

/// <summary>Free TCP ports on 127.0.0.1 only: nothing the benchmark starts listens beyond loopback.</summary>
internal static class LoopbackPort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static Uri Url(int port) => new($"http://127.0.0.1:{port}/");
}
