using System.Security.Claims;
using System.Threading.RateLimiting;
using HomeBase.Core.Access;
using HomeBase.Core.Platform.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HomeBase.Web.Access;

/// <summary>Admin sign-in (Local mode: ASP.NET Core Identity on the HomeBase database) and the set-up gate.</summary>
public static class AccessHosting
{
    public static WebApplicationBuilder AddHomeBaseAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingSessionStateProvider>();
        // A developer's own machine needs no set-up token; everywhere else the first visitor must not own everything.
        var isDevelopment = builder.Environment.IsDevelopment();
        services.PostConfigure<AdminSignInOptions>(o => o.RequireSetupToken ??= !isDevelopment);
        services.AddHostedService<OwnerSetupTokenAnnouncer>();
        services.AddScoped<CurrentAccess>();
        services.AddIdentityCore<HomeBaseUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<HomeBaseDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<HomeBaseClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            });
        authentication.AddIdentityCookies();
        if (SignInModeOf(builder.Configuration) == SignInMode.EntraId) builder.AddEntraIdSignIn(authentication);
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "HomeBase.Session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // API paths never redirect to a login page.
            o.Events.OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status403Forbidden);
        });
        // "Sign out everywhere" changes the security stamp; sessions notice within a minute.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<AdminSignInOptions>>((o, signIn) =>
        {
            o.ValidationInterval = signIn.Value.SessionRevalidationInterval;
            // The rebuilt principal keeps the moment the session signed in, not the moment it was last checked.
            o.OnRefreshingPrincipal = context =>
            {
                if (context.NewPrincipal?.Identity is ClaimsIdentity renewed && context.CurrentPrincipal?.FindFirst(SessionClaims.SignedInAt) is { } original)
                {
                    foreach (var claim in renewed.FindAll(SessionClaims.SignedInAt).ToList()) renewed.RemoveClaim(claim);
                    renewed.AddClaim(new Claim(original.Type, original.Value, original.ValueType));
                }
                return Task.CompletedTask;
            };
        });
        // Password and set-up token guessing: ten attempts a minute per address, on top of the per-account lockout.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = Platform.Hosting.RateLimitRejection.WriteAsync;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method)
                    && (context.Request.Path.StartsWithSegments("/account/login") || context.Request.Path.StartsWithSegments("/account/setup"))
                    ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return builder;
    }

    public static SignInMode SignInModeOf(IConfiguration configuration) =>
        configuration.GetSection(AdminSignInOptions.SectionName).Get<AdminSignInOptions>()?.Mode ?? SignInMode.Local;

    /// <summary>Until the owner account exists, every page leads to the one-time set-up page (Local mode only).</summary>
    public static WebApplication UseSetupGate(this WebApplication app)
    {
        if (SignInModeOf(app.Configuration) == SignInMode.EntraId) return app;
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            var exempt = path.StartsWithSegments("/account") || path.StartsWithSegments("/v1") || path.StartsWithSegments("/openapi") || path.StartsWithSegments(Platform.Api.ApiReferenceEndpoints.Path)
                || path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz") || path.StartsWithSegments(Platform.Hosting.TelemetryHosting.MetricsPath)
                || path.StartsWithSegments("/_framework")
                || path.StartsWithSegments("/_content") || path.StartsWithSegments("/_blazor") || Path.HasExtension(path.Value);
            if (!exempt && !await context.RequestServices.GetRequiredService<AccountService>().HasAnyUserAsync(context.RequestAborted))
            {
                context.Response.Redirect("/account/setup");
                return;
            }
            await next(context);
        });
        return app;
    }

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", LogoutAsync).RequireFormToken().ExcludeFromDescription();
        app.MapPost("/account/logout-everywhere", LogoutEverywhereAsync).RequireAuthorization().RequireFormToken().ExcludeFromDescription();
        if (SignInModeOf(app.ServiceProvider.GetRequiredService<IConfiguration>()) == SignInMode.EntraId) app.MapEntraIdSignIn();
        app.MapPost("/account/tenant", SwitchTenantAsync).RequireAuthorization().RequireFormToken().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> LogoutAsync(SignInManager<HomeBaseUser> signIn, IConfiguration configuration)
    {
        await signIn.SignOutAsync();
        return SignedOut(SignInModeOf(configuration) == SignInMode.EntraId);
    }

    /// <summary>Ends every session of this account, in every browser: the new security stamp fails their next validation.</summary>
    private static async Task<IResult> LogoutEverywhereAsync(HttpContext http, SignInManager<HomeBaseUser> signIn, UserManager<HomeBaseUser> users,
        IConfiguration configuration)
    {
        if (await users.GetUserAsync(http.User) is { } user) await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return SignedOut(SignInModeOf(configuration) == SignInMode.EntraId);
    }

    /// <summary>Switching tenant is a form post that sets a cookie, so every page, static or interactive, agrees on it.</summary>
    private static async Task<IResult> SwitchTenantAsync(HttpContext http, AccountService accounts, UserManager<HomeBaseUser> users)
    {
        var form = await http.Request.ReadFormAsync();
        var tenantId = form["tenant_id"].ToString();
        var userId = users.GetUserId(http.User);
        var memberships = userId is null ? [] : await accounts.MembershipsAsync(userId, SessionClaims.SignedInAtOf(http.User));
        if (memberships.All(m => m.TenantId != tenantId)) return Results.Forbid();
        http.Response.Cookies.Append(CurrentAccess.TenantCookie, tenantId, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, MaxAge = TimeSpan.FromDays(365), IsEssential = true,
        });
        return Results.LocalRedirect(SignIn.Login.SafeReturnUrl(form["return_url"]));
    }

    /// <summary>After signing out: in Entra ID mode also out of Entra ID's session, so the next sign-in asks again.</summary>
    private static IResult SignedOut(bool entraId) => entraId
        ? Results.SignOut(new AuthenticationProperties { RedirectUri = "/account/login?signed_out=1" },
            [Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectDefaults.AuthenticationScheme])
        : Results.LocalRedirect("/account/login");

    private static Task Challenge(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/v1"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
