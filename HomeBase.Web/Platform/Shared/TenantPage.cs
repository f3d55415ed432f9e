using HomeBase.Core.Access;
using HomeBase.Web.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace HomeBase.Web.Platform.Shared;

/// <summary>
/// A page that works in the current tenant and needs a role there. The Core services it calls check the
/// role again for every action; this decides what to show, and looks again every session revalidation
/// interval so that an open tab follows a role an owner changed or removed meanwhile.
/// </summary>
public abstract class TenantPage : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource closed = new();

    [CascadingParameter]
    private SessionInfo? Session { get; set; }

    [Inject]
    private CurrentAccess CurrentAccess { get; set; } = default!;

    [Inject]
    private NavigationManager Reloader { get; set; } = default!;

    [Inject]
    private IOptions<AdminSignInOptions> SignIn { get; set; } = default!;

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

    /// <summary>Only a live page renders "after": a server-rendered one is gone once sent, and needs no watching.</summary>
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender) _ = WatchAccessAsync(closed.Token);
    }

    /// <summary>Loads the page's data once access is known to be allowed.</summary>
    protected virtual Task OnAccessAsync() => Task.CompletedTask;

    /// <summary>
    /// When the person's role or tenant is no longer the one the page opened with, the page loads again from the
    /// server, so that it, its menu and its data all follow the new access (the refusal, when the role is gone).
    /// </summary>
    private async Task WatchAccessAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(SignIn.Value.CircuitRevalidationInterval);
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var now = (await CurrentAccess.ResolveAsync(Session)).Current;
                if (now?.TenantId == Access?.TenantId && now?.Role == Access?.Role) continue;
                await InvokeAsync(() => Reloader.Refresh(forceReload: true));
                return;
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed.
        }
        catch (ObjectDisposedException)
        {
            // The circuit ended while a check was under way.
        }
    }

    public virtual void Dispose()
    {
        closed.Cancel();
        closed.Dispose();
        GC.SuppressFinalize(this);
    }
}
