namespace HomeBase.Core.Platform.Hosting;

/// <summary>
/// <c>HomeBase:Roles</c>: what this instance does. <c>web</c> serves the pages and the API; <c>worker</c> runs
/// ingestion, webhook delivery and the credential-expiry watch. The default, both, suits one machine; a deployment
/// can run web instances behind its load balancer and workers apart, all on one database.
/// </summary>
public sealed class InstanceOptions
{
    public const string SectionName = "HomeBase";
    public const string Web = "web";
    public const string Worker = "worker";

    public string Roles { get; set; } = $"{Web},{Worker}";

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(r => r.ToLowerInvariant()).ToList();

    public bool IsWeb => RoleList.Contains(Web);

    public bool IsWorker => RoleList.Contains(Worker);

    public bool IsValid => RoleList.Count > 0 && RoleList.All(r => r is Web or Worker);
}
