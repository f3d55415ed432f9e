namespace HomeBase.Web.Access;

/// <summary>The browser session's facts, read during the first (server) render and handed to the interactive circuit.</summary>
/// <param name="DarkMode">The theme chosen in this browser (a cookie).</param>
public sealed record SessionInfo(string? SelectedTenantId, string? ClientAddress, bool DarkMode = false);
