namespace HomeBase.Core.Webhooks;

/// <summary>Where a tenant wants HomeBase's events POSTed, which ones, and the secret that signs them.</summary>
public sealed class WebhookEndpoint : Platform.Persistence.IVersioned
{
    public const string IdPrefix = "we";

    public required string Id { get; init; }

    public required string TenantId { get; init; }

    public required string Url { get; set; }

    /// <summary>The subscribed event types (<see cref="WebhookEventTypes"/>), comma-separated.</summary>
    public required string Events { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>Why HomeBase turned the endpoint off (deliveries failing for days); null when enabled or turned off by a person.</summary>
    public string? DisabledReason { get; set; }

    /// <summary>The signing secret (<c>whsec_…</c>), encrypted: HomeBase needs it back to sign each delivery.</summary>
    public required string ProtectedSecret { get; set; }

    /// <summary>
    /// The secret before the last roll, encrypted, still signing beside the new one until
    /// <see cref="PreviousSecretExpiresAt"/>: receivers get a day to switch, as with Stripe's rolled secrets.
    /// </summary>
    public string? PreviousProtectedSecret { get; set; }

    public DateTime? PreviousSecretExpiresAt { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    /// <inheritdoc />
    public int Version { get; set; }

    public IReadOnlyList<string> EventList => Events.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The URL as pages and the audit log show it: <see cref="WithoutSecrets"/>.</summary>
    public string DisplayUrl => WithoutSecrets(Url);

    /// <summary>
    /// A webhook URL without what receivers often put credentials in: the query string (a token, a key) and user
    /// info become "…"; scheme, host, port and path stay, which is what a person needs to tell endpoints apart.
    /// </summary>
    public static string WithoutSecrets(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return url.Split('?', 2)[0];
        var userInfo = uri.UserInfo.Length > 0 ? "…@" : "";
        var port = uri.IsDefaultPort ? "" : $":{uri.Port}";
        var query = uri.Query.Length > 1 ? "?…" : "";
        return $"{uri.Scheme}://{userInfo}{uri.IdnHost}{port}{uri.AbsolutePath}{query}";
    }
}
