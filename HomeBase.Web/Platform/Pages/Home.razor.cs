using MudBlazor;

namespace HomeBase.Web.Platform.Pages;

public partial class Home
{
    private sealed record FeatureCard(string Icon, string Title, string Text);

    private static readonly FeatureCard[] Cards =
    [
        new(Icons.Material.Filled.Link, "Guided setup",
            "Register the HLD HomeBase app, grant permissions and consent; every step is checked live against your tenant."),
        new(Icons.Material.Filled.Insights, "Identity risk and threats",
            "Risky users, sign-ins, Defender for Endpoint and Defender for Identity alerts, vulnerabilities and compliance."),
        new(Icons.Material.Filled.Key, "Secrets that never lapse",
            "Expiry tracking, verify-before-swap rotation and a webhook 30 days before a client secret expires."),
    ];

    private const string ExampleRequest = """
        curl -X POST http://localhost:5080/v1/integrations \
          -H "Authorization: Bearer hb_…" -H "Content-Type: application/json" \
          -d '{"type":"azure","tenant_id":"ten_…",
               "credentials":{"azure_tenant_id":"…","client_id":"…","client_secret":"…"},
               "config":{"ingest_entra_id":true,"ingest_defender":true,"ingest_activity_logs":true}}'
        """;
}
