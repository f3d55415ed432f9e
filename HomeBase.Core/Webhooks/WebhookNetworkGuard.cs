using System.Net;
using System.Net.Sockets;

namespace HomeBase.Core.Webhooks;

/// <summary>
/// Keeps webhooks from being aimed at HomeBase's own network (SSRF): loopback, private, link-local, shared and
/// benchmarking ranges, Azure's host and metadata addresses, multicast and broadcast are refused unless
/// configuration allows private networks (loopback has its own switch), checked on the address actually
/// connected to, so a DNS name that later resolves inside the network is refused too.
/// </summary>
public static class WebhookNetworkGuard
{
    /// <summary>Azure's virtual public IP of the host (DNS, DHCP, health probes, the VM agent), reachable from every VM.</summary>
    private static readonly IPAddress AzureHost = IPAddress.Parse("168.63.129.16");

    private static readonly (IPAddress Network, int Bits)[] InternalV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8),        // "this network"
        (IPAddress.Parse("10.0.0.0"), 8),       // private
        (IPAddress.Parse("100.64.0.0"), 10),    // shared address space (carrier-grade NAT)
        (IPAddress.Parse("169.254.0.0"), 16),   // link-local, with 169.254.169.254 (instance metadata)
        (IPAddress.Parse("172.16.0.0"), 12),    // private
        (IPAddress.Parse("192.0.0.0"), 24),     // IETF protocol assignments
        (IPAddress.Parse("192.168.0.0"), 16),   // private
        (IPAddress.Parse("198.18.0.0"), 15),    // benchmarking
        (IPAddress.Parse("224.0.0.0"), 4),      // multicast
        (IPAddress.Parse("240.0.0.0"), 4),      // reserved, with 255.255.255.255 (broadcast)
    ];

    private static readonly (IPAddress Network, int Bits)[] InternalV6 =
    [
        (IPAddress.Parse("::"), 128),           // unspecified
        (IPAddress.Parse("64:ff9b::"), 96),     // NAT64: an IPv4 address (an internal one too) behind a translator
        (IPAddress.Parse("64:ff9b:1::"), 48),   // local-use NAT64
        (IPAddress.Parse("fc00::"), 7),         // unique local
        (IPAddress.Parse("fe80::"), 10),        // link-local
        (IPAddress.Parse("fec0::"), 10),        // site-local (deprecated, still routed by some)
        (IPAddress.Parse("ff00::"), 8),         // multicast
    ];

    public static bool IsAllowed(IPAddress address, WebhookOptions options)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return options.AllowLoopback;
        return options.AllowPrivateNetworks || !IsInternal(address);
    }

    /// <summary>Whether the address is one a webhook must not reach from inside HomeBase's network (loopback aside).</summary>
    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // 6to4 carries an IPv4 address in its second and third groups: judged as that address.
            var bytes = address.GetAddressBytes();
            if (bytes[0] == 0x20 && bytes[1] == 0x02) return IsInternal(new IPAddress(bytes[2..6])) || IPAddress.IsLoopback(new IPAddress(bytes[2..6]));
            return InternalV6.Any(range => InRange(bytes, range.Network, range.Bits));
        }
        if (address.Equals(AzureHost)) return true;
        var v4 = address.GetAddressBytes();
        return InternalV4.Any(range => InRange(v4, range.Network, range.Bits));
    }

    private static bool InRange(byte[] address, IPAddress network, int bits)
    {
        var prefix = network.GetAddressBytes();
        if (prefix.Length != address.Length) return false;
        for (var i = 0; i < prefix.Length && bits > 0; i++, bits -= 8)
        {
            var mask = bits >= 8 ? 0xFF : (byte)(0xFF << (8 - bits));
            if ((address[i] & mask) != (prefix[i] & mask)) return false;
        }
        return true;
    }

    /// <summary>An HTTP handler that connects only to allowed addresses, directly, and never follows redirects.</summary>
    public static SocketsHttpHandler Handler(WebhookOptions options) => new()
    {
        AllowAutoRedirect = false,
        // A system proxy (HTTP_PROXY, HTTPS_PROXY) would connect on HomeBase's behalf, past the address check below.
        UseProxy = false,
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
