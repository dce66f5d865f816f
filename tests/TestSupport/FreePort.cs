using System.Net;
using System.Net.Sockets;

namespace TestSupport;

/// <summary>
/// Picks free TCP ports on the loopback interface.
/// </summary>
public static class FreePort
{
    /// <summary>
    /// Returns a TCP port on 127.0.0.1 that was free at the time of the call.
    /// </summary>
    /// <remarks>
    /// The operating system picks the port for a socket bound to port 0, and the socket is closed before this
    /// returns. NOTE: another process can take the port before the caller binds it, so a caller that fails to
    /// bind should pick a new port and try again.
    /// </remarks>
    public static int Next()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));

        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }
}
