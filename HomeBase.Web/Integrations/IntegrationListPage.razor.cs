using HomeBase.Core.Access;
using HomeBase.Core.Integrations;
using Microsoft.AspNetCore.Components;

namespace HomeBase.Web.Integrations;

public partial class IntegrationListPage
{
    private IReadOnlyList<Integration> integrations = [];

    [Inject]
    private TenantIntegrations Integrations { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override string RequiredRole => Roles.Viewer;

    protected override async Task OnAccessAsync() => integrations = (await Integrations.ListAsync(Access!)).Value ?? [];

    private string Ago(DateTime at)
    {
        var gap = Time.GetUtcNow().UtcDateTime - at;
        return gap.TotalMinutes < 1 ? "just now"
            : gap.TotalHours < 1 ? $"{(int)gap.TotalMinutes} min ago"
            : gap.TotalDays < 1 ? $"{(int)gap.TotalHours} h ago"
            : $"{(int)gap.TotalDays} days ago";
    }
}
