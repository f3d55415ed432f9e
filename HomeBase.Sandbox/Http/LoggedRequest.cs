namespace HomeBase.Sandbox.Http;

/// <summary>A request to a resource API as the gate saw it: when, for which tenant and throttling family, and whether it was throttled (429).</summary>
public sealed record LoggedRequest(DateTimeOffset At, string Tenant, string Family, string PathAndQuery, bool Throttled);
