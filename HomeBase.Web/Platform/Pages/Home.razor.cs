using HomeBase.Core.Access;
using HomeBase.Core.Integrations;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HomeBase.Web.Platform.Pages;

/// <summary>
/// The way in: while nothing is connected to the current tenant it leads admins to the guided setup; once something is,
/// the Overview is what a security admin opens HomeBase for, so "/" goes there.
/// </summary>
public partial class Home
{
    private sealed record FeatureCard(string Icon, string Title, string Text, string? Link = null);

    private static readonly FeatureCard[] Cards =
    [
        new(Icons.Material.Filled.Link, "Guided setup",
            "Register the HLD HomeBase app, grant permissions and consent; every step is checked live against your tenant.", "/integrations/new/azure"),
        new(Icons.Material.Filled.Insights, "Identity risk and threats",
            "Risky users, sign-ins, Defender for Endpoint and Defender for Identity alerts, vulnerabilities and compliance."),
        new(Icons.Material.Filled.Key, "Secrets that never lapse",
            "Expiry tracking, verify-before-swap rotation and a webhook 30 days before a client secret expires."),
    ];

    [Inject]
    private TenantIntegrations Integrations { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override string RequiredRole => Roles.Viewer;

    private bool leaving;

    private bool CanConnect => Access?.Allows(Roles.Admin) == true;

    protected override async Task OnAccessAsync()
    {
        if ((await Integrations.ListAsync(Access!)).Value is not { Count: > 0 }) return;
        leaving = true;
        Navigation.NavigateTo("/overview", replace: true);
    }

    /// <summary>The request to send, with this tenant's id and this server's address filled in.</summary>
    private string ExampleRequest => $$$"""
        curl -X POST {{{BaseUrl}}}/v1/integrations \
          -H "Authorization: Bearer hb_…" -H "Content-Type: application/json" \
          -d '{"type":"azure","tenant_id":"{{{Access?.TenantId ?? "ten_…"}}}",
               "credentials":{"azure_tenant_id":"…","client_id":"…","client_secret":"…"},
               "config":{"ingest_entra_id":true,"ingest_defender":true,"ingest_activity_logs":true}}'
        """;

    private string BaseUrl => Navigation.BaseUri.TrimEnd('/');
}
