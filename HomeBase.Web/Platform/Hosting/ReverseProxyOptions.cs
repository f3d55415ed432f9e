using System.Net;

namespace HomeBase.Web.Platform.Hosting;

/// <summary>
/// The reverse proxies or load balancers in front of HomeBase (section <c>ReverseProxy</c>): only their
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed, so that a client cannot pick its own address
/// for the sign-in limiter and the audit log. Empty (the default), the headers are ignored.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "ReverseProxy";

    /// <summary>Addresses of the proxies themselves, e.g. <c>10.0.0.4</c> or <c>127.0.0.1</c> for one on this machine.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR form, e.g. <c>10.0.0.0/24</c> (Azure Application Gateway's subnet).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to believe, from the nearest one.</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>Every entry that is not an address or a network, with what is wrong.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return $"ReverseProxy:KnownProxies: '{proxy}' is not an IP address.";
        }
        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return $"ReverseProxy:KnownNetworks: '{network}' is not a network in CIDR form (such as 10.0.0.0/24).";
        }
        if (ForwardLimit is < 1 or > 10) yield return "ReverseProxy:ForwardLimit must be 1 to 10.";
    }
}
