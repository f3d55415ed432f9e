using System.Net;
using System.Net.Sockets;

namespace HomeBase.Core.Webhooks;

/// <summary>
/// Keeps webhooks from being aimed at HomeBase's own network (SSRF): loopback, private and link-local addresses are
/// refused unless configuration allows them, checked on the address actually connected to, so a DNS name that
/// later resolves inside the network is refused too.
/// </summary>
public static class WebhookNetworkGuard
{
    public static bool IsAllowed(IPAddress address, WebhookOptions options)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return options.AllowLoopback;
        return options.AllowPrivateNetworks || !IsPrivate(address);
    }

    public static bool IsPrivate(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || (bytes[0] & 0xFE) == 0xFC || address.Equals(IPAddress.IPv6Any);
        }
        var b = address.GetAddressBytes();
        return b[0] == 10 || b[0] == 0 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] >= 64 && b[1] <= 127);
    }

    /// <summary>An HTTP handler that connects only to allowed addresses and never follows redirects.</summary>
    public static SocketsHttpHandler Handler(WebhookOptions options) => new()
    {
        AllowAutoRedirect = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var allowed = addresses.FirstOrDefault(a => IsAllowed(a, options))
                ?? throw new HttpRequestException($"{context.DnsEndPoint.Host} resolves to a loopback, private or link-local address, which webhooks may not reach.");
            var socket = new Socket(allowed.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(allowed, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
