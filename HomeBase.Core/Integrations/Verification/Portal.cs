using HomeBase.Core.Platform.Clouds;

namespace HomeBase.Core.Integrations.Verification;

/// <summary>Deep links into the cloud's Azure portal.</summary>
public static class Portal
{
    public static string Overview(AzureCloud cloud) => $"{Root(cloud)}/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview";

    public static string NewRegistration(AzureCloud cloud) => $"{Root(cloud)}/#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/isMSAApp~/false";

    public static string AppRegistrations(AzureCloud cloud) => $"{Root(cloud)}/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade";

    public static string Secrets(AzureCloud cloud, string clientId) =>
        $"{Root(cloud)}/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/{clientId}";

    public static string ApiPermissions(AzureCloud cloud, string clientId) =>
        $"{Root(cloud)}/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/{clientId}";

    public static string Subscriptions(AzureCloud cloud) => $"{Root(cloud)}/#view/Microsoft_Azure_Billing/SubscriptionsBlade";

    public static string AdminConsent(AzureCloud cloud, string azureTenantId, string clientId) =>
        $"{cloud.AuthorityHost.AbsoluteUri.TrimEnd('/')}/{azureTenantId}/adminconsent?client_id={clientId}";

    private static string Root(AzureCloud cloud) => cloud.PortalUrl.AbsoluteUri.TrimEnd('/');
}
