using HomeBase.Core.Platform.Azure;
using HomeBase.Core.Platform.Clouds;

namespace HomeBase.Core.Integrations.Verification;

/// <summary>Turns Entra's refusal of the credentials into a named cause and its fix (docs/specification.md §4).</summary>
internal static class CredentialFailures
{
    /// <summary>The failure when <paramref name="token"/> failed because of the credentials themselves; null otherwise.</summary>
    public static CredentialFailure? From(TokenOutcome token, AzureCloud cloud, string azureTenantId, string clientId)
    {
        var secrets = Portal.Secrets(cloud, clientId);
        return token.Aadsts switch
        {
            EntraErrorCodes.UnknownTenant => new("credential_unknown_tenant", $"Directory (tenant) ID {azureTenantId} was not found in {cloud.DisplayName}.",
                "Copy the Directory (tenant) ID from Entra ID → Overview, and check that the tenant is in the cloud you chose (a US Government or China tenant is not in the global cloud).",
                Portal.Overview(cloud), EntraErrorCodes.UnknownTenant, token.TraceId, token.Message),
            EntraErrorCodes.AppNotFound => new("credential_app_not_found", $"No application with client ID {clientId} exists in tenant {azureTenantId}.",
                "Copy the Application (client) ID from App registrations → HLD HomeBase → Overview, and make sure the app was registered in this same tenant.",
                Portal.AppRegistrations(cloud), EntraErrorCodes.AppNotFound, token.TraceId, token.Message),
            EntraErrorCodes.InvalidSecret => new("credential_invalid_secret", "The client secret is not valid for this app.",
                "Paste the secret's Value (not its Secret ID) from App registrations → HLD HomeBase → Certificates & secrets. The value is shown only when the secret is created; if you no longer have it, create a new secret.",
                secrets, EntraErrorCodes.InvalidSecret, token.TraceId, token.Message),
            EntraErrorCodes.ExpiredSecret => new("credential_secret_expired", "The client secret has expired.",
                "Create a new client secret in App registrations → HLD HomeBase → Certificates & secrets (24 months), then enter its Value here.",
                secrets, EntraErrorCodes.ExpiredSecret, token.TraceId, token.Message),
            EntraErrorCodes.MissingSecret => new("credential_invalid_secret", "No client secret was sent.", "Enter the client secret's Value.",
                secrets, EntraErrorCodes.MissingSecret, token.TraceId, token.Message),
            _ when token.Error == "unreachable" => new("credential_authority_unreachable", $"{cloud.AuthorityHost} could not be reached.",
                "Check the network path (proxy, firewall, DNS) from HomeBase to the cloud's sign-in host, and that the right cloud is selected.",
                null, null, null, token.Message),
            _ => null,
        };
    }

    /// <summary>A refusal that is not about the credentials still stops verification when it hits the Graph token.</summary>
    public static CredentialFailure Other(TokenOutcome token) =>
        new("credential_error", "Entra refused the token request.", "See the message from Microsoft; quote the trace id when contacting support.",
            null, token.Aadsts, token.TraceId, token.Message);
}
