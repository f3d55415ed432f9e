using System.Security.Claims;
using Bunit;
using HomeBase.Core.Access;
using HomeBase.Web.Access;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace HomeBase.Tests.Infrastructure;

/// <summary>bUnit contexts for pages that run against the real app: its database, Core services and sandbox.</summary>
public static class PageContexts
{
    /// <summary>A context signed in as <paramref name="userId"/>; dispose <paramref name="scope"/> after the context.</summary>
    public static BunitContext SignedIn(HomeBaseApp app, string userId, out IServiceScope scope)
    {
        var context = new BunitContext();
        var appScope = scope = app.Services.CreateScope();
        context.Services.AddMudServices();
        // The page's own access resolver over bUnit's signed-in user; everything else (database, Core services) is the app's.
        context.Services.AddScoped(services => new CurrentAccess(
            services.GetRequiredService<AuthenticationStateProvider>(), appScope.ServiceProvider.GetRequiredService<AccountService>()));
        context.Services.AddFallbackServiceProvider(appScope.ServiceProvider);
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.AddAuthorization().SetAuthorized("pat@example.test").SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
        return context;
    }

    /// <summary>A real account with <paramref name="role"/> in the tenant, added the way an owner adds people.</summary>
    public static Task<TenantAccess> MemberAsync(HomeBaseApp app, string tenantId, string role) =>
        TestMembers.AddAsync(app.Services, tenantId, role);
}
