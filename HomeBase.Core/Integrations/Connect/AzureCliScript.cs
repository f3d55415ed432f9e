using System.Text;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Integrations.Connect;

/// <summary>
/// The wizard's alternative to clicking through the portal: a Bash script for the Azure CLI (Cloud Shell) that creates
/// the "HLD HomeBase" registration, requests every application permission a stream needs by its id, creates a
/// 24-month secret, grants admin consent and gives the app Reader and Security Reader on subscriptions.
/// </summary>
public static class AzureCliScript
{
    public const string AppName = "HLD HomeBase";

    /// <summary>The Azure CLI's name for a cloud (<c>az cloud set --name</c>), or null when the CLI cannot reach it.</summary>
    public static string? CliCloudName(string cloud) => cloud switch
    {
        "global" => "AzureCloud",
        "usgov" or "usgov_dod" => "AzureUSGovernment",
        "china" => "AzureChinaCloud",
        _ => null,
    };

    /// <summary>The application permissions the streams need, each once.</summary>
    public static IReadOnlyList<PermissionDefinition> NeededPermissions { get; } =
        [.. PermissionCatalog.All.Where(p => p.AppRoleId is not null && PermissionCatalog.RequiredFor(p.Name).Count > 0)];

    public static string Generate(string cloud, IReadOnlyList<string>? subscriptionIds = null)
    {
        var cliCloud = CliCloudName(cloud) ?? "AzureCloud";
        var script = new StringBuilder();
        script.AppendLine($"# Creates the \"{AppName}\" app registration with everything HomeBase needs.");
        script.AppendLine("# Run it in Azure Cloud Shell (Bash), or after `az login`, as a Global Administrator or Privileged Role");
        script.AppendLine("# Administrator (admin consent) who may also assign roles on the subscriptions (Owner or User Access Administrator).");
        script.AppendLine("set -euo pipefail");
        script.AppendLine($"az cloud set --name {cliCloud}");
        script.AppendLine();
        script.AppendLine($"APP_ID=$(az ad app create --display-name \"{AppName}\" --sign-in-audience AzureADMyOrg --query appId -o tsv)");
        script.AppendLine("az ad sp create --id \"$APP_ID\" > /dev/null");
        AppendPermissions(script, PermissionCatalog.GraphApi, PermissionCatalog.GraphAppId);
        AppendPermissions(script, PermissionCatalog.DefenderApi, PermissionCatalog.DefenderAppId,
            "# Without a Defender for Endpoint licence the tenant has no WindowsDefenderATP API: drop this line and the machine streams stay off.");
        script.AppendLine();
        script.AppendLine("# A client secret valid 24 months. Its value is shown once, below: paste it into HomeBase.");
        script.AppendLine("SECRET=$(az ad app credential reset --id \"$APP_ID\" --display-name \"HomeBase\" --years 2 --append --query password -o tsv)");
        script.AppendLine();
        script.AppendLine("# Admin consent for every permission above (the portal's \"Grant admin consent\" button). New apps can take a minute to appear.");
        script.AppendLine("sleep 30");
        script.AppendLine("az ad app permission admin-consent --id \"$APP_ID\"");
        script.AppendLine();
        script.AppendLine("# Reader (activity logs) and Security Reader (Defender for Cloud) on each subscription HomeBase should read.");
        script.AppendLine(subscriptionIds is { Count: > 0 }
            ? $"SUBSCRIPTIONS=\"{string.Join(' ', subscriptionIds)}\""
            : "SUBSCRIPTIONS=$(az account list --query \"[?state=='Enabled'].id\" -o tsv)   # or list the ids you want, separated by spaces");
        script.AppendLine("for SUB in $SUBSCRIPTIONS; do");
        script.AppendLine("  az role assignment create --assignee \"$APP_ID\" --role \"Reader\" --scope \"/subscriptions/$SUB\" > /dev/null");
        script.AppendLine("  az role assignment create --assignee \"$APP_ID\" --role \"Security Reader\" --scope \"/subscriptions/$SUB\" > /dev/null");
        script.AppendLine("done");
        script.AppendLine();
        script.AppendLine("echo \"Directory (tenant) ID:   $(az account show --query tenantId -o tsv)\"");
        script.AppendLine("echo \"Application (client) ID: $APP_ID\"");
        script.AppendLine("echo \"Client secret value:     $SECRET\"");
        script.Append("echo \"Secret expires:          $(date -u -d '+2 years' +%Y-%m-%d)\"");
        return script.ToString();
    }

    private static void AppendPermissions(StringBuilder script, string api, string apiAppId, string? note = null)
    {
        var permissions = NeededPermissions.Where(p => p.Api == api).ToList();
        script.AppendLine();
        script.AppendLine($"# {api} application permissions: {string.Join(", ", permissions.Select(p => p.Name))}");
        if (note is not null) script.AppendLine(note);
        script.AppendLine($"az ad app permission add --id \"$APP_ID\" --api {apiAppId} --api-permissions " +
            string.Join(' ', permissions.Select(p => $"{p.AppRoleId}=Role")));
    }
}
