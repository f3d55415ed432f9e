namespace HomeBase.Core.Platform.Common;

/// <summary>Who performs a change, for the audit log: an API key, an admin, the command line or the system.</summary>
public sealed record Actor(string Type, string Id, string Name, string? IpAddress)
{
    public const string ApiKeyType = "api_key";
    public const string AdminType = "admin";
    public const string CliType = "cli";
    public const string SystemType = "system";

    public static Actor ForApiKey(string keyId, string keyName, string? ip) => new(ApiKeyType, keyId, keyName, ip);

    public static Actor CommandLine { get; } = new(CliType, "cli", Environment.UserName, null);

    public static Actor System { get; } = new(SystemType, "system", "HomeBase", null);
}
