using HomeBase.Core.Access;
using HomeBase.Core.Auditing;
using Microsoft.AspNetCore.Components;

namespace HomeBase.Web.Auditing;

public partial class AuditPage
{
    private IReadOnlyList<AuditEntry> entries = [];
    private string? actionFilter;
    private string? actorFilter;

    [Inject]
    private AuditLogService AuditLog { get; set; } = default!;

    protected override string RequiredRole => Roles.Admin;

    protected override Task OnAccessAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var result = await AuditLog.ListAsync(Access!, new AuditFilter(actionFilter, actorFilter, 200));
        entries = result.Value ?? [];
    }
}
