using HomeBase.Core.Access;
using HomeBase.Web.Access;
using Microsoft.AspNetCore.Components;

namespace HomeBase.Web.Platform.Shared;

/// <summary>
/// A page that works in the current tenant and needs a role there. The Core services it calls check the
/// role again; this only decides what to show.
/// </summary>
public abstract class TenantPage : ComponentBase
{
    [CascadingParameter]
    private SessionInfo? Session { get; set; }

    [Inject]
    private CurrentAccess CurrentAccess { get; set; } = default!;

    /// <summary>The role the page needs.</summary>
    protected abstract string RequiredRole { get; }

    protected TenantAccess? Access { get; private set; }

    protected bool Loaded { get; private set; }

    protected bool Allowed => Access?.Allows(RequiredRole) == true;

    protected override async Task OnInitializedAsync()
    {
        Access = (await CurrentAccess.ResolveAsync(Session)).Current;
        Loaded = true;
        if (Allowed) await OnAccessAsync();
    }

    /// <summary>Loads the page's data once access is known to be allowed.</summary>
    protected virtual Task OnAccessAsync() => Task.CompletedTask;
}
