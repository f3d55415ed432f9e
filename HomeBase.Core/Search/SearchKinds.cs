namespace HomeBase.Core.Search;

/// <summary>The kinds of thing search finds, with the heading each group has, in the order the page shows them.</summary>
public static class SearchKinds
{
    public const string People = "people";
    public const string Devices = "devices";
    public const string Alerts = "alerts";
    public const string Incidents = "incidents";
    public const string IpAddresses = "ip_addresses";
    public const string Cves = "cves";

    public static readonly IReadOnlyList<(string Kind, string Title)> Order =
    [
        (People, "People"), (Devices, "Devices"), (Alerts, "Alerts"), (Incidents, "Incidents"), (IpAddresses, "IP addresses"), (Cves, "CVEs"),
    ];
}
