namespace HomeBase.Web.Platform.Sandbox;

/// <summary>
/// Picks a free loopback port for <c>Sandbox:Port = 0</c>. The URL must be known before the sandbox binds
/// (the cloud catalog is built first), so ports come from below the OS's ephemeral range, where nothing
/// else is handed out automatically, one after another within the process so two apps never pick the same.
/// </summary>
internal static class LoopbackPorts
{
    private const int First = 20000;
    private const int Count = 10000;
    private static int next = Random.Shared.Next(Count);

    public static int Reserve()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = First + (Interlocked.Increment(ref next) % Count);
            if (IsFree(port)) return port;
        }
        throw new InvalidOperationException("No free loopback port was found for the sandbox; set Sandbox:Port.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var v4 = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            v4.Start();
            if (!System.Net.Sockets.Socket.OSSupportsIPv6) return true;
            using var v6 = new System.Net.Sockets.TcpListener(System.Net.IPAddress.IPv6Loopback, port);
            v6.Start();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
