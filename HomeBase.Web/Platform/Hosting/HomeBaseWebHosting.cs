using HomeBase.Core;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Platform.Common;
using HomeBase.Web.Access;
using HomeBase.Web.ApiKeys;
using HomeBase.Web.Dashboards;
using HomeBase.Web.Ingestion;
using HomeBase.Web.Integrations;
using HomeBase.Web.Platform.Api;
using HomeBase.Web.Platform.Health;
using HomeBase.Web.Platform.Sandbox;
using HomeBase.Web.Webhooks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using MudBlazor.Services;

namespace HomeBase.Web.Platform.Hosting;

/// <summary>The web app's services and request pipeline, shared by the server, the command line and the tests.</summary>
public static class HomeBaseWebHosting
{
    public static WebApplicationBuilder AddHomeBase(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddEmbeddedSandbox();
        services.AddHomeBaseCore(builder.Configuration);
        builder.AddHomeBaseAccess();

        services.AddOptions<ApiOptions>().Bind(builder.Configuration.GetSection(ApiOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<JsonRequestReader>();
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        services.AddProblemDetails();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null);
        services.AddRateLimiter(o => o.AddPolicy(ApiKeyDefaults.RateLimitPolicy, ApiKeyRateLimit.PartitionFor));
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyDefaults.Policy, p => p.AddAuthenticationSchemes(ApiKeyDefaults.Scheme).RequireAuthenticatedUser());
        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "HomeBase Azure integration API";
                document.Info.Description = "Connect Azure tenants to HomeBase. Authenticate with 'Authorization: Bearer hb_…'.";
                return Task.CompletedTask;
            });
            o.AddOperationTransformer<OpenApiExamples>();
            o.AddOperationTransformer<ApiScopeOpenApi>();
        });
        services.AddHostedService<KeyProtectionNotice>();
        services.AddHomeBaseHealthChecks();
        builder.AddHomeBaseTelemetry();
        services.AddReverseProxySupport(builder.Configuration);

        services.AddRazorComponents().AddInteractiveServerComponents();
        builder.AddAzureSignalRWhenConfigured();
        services.AddMudServices();
        services.AddDashboards(builder.Configuration);
        return builder;
    }

    public static WebApplication UseHomeBase(this WebApplication app)
    {
        // Resolving the catalog checks every configured cloud: a bad one fails the start with a message.
        _ = app.Services.GetRequiredService<ICloudCatalog>();
        // A worker-only instance (HomeBase:Roles = worker) answers its load balancer's health checks and nothing else.
        var isWeb = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Core.Platform.Hosting.InstanceOptions>>().Value.IsWeb;
        app.UseReverseProxyHeaders();
        app.UseExceptionHandler(error => error.Run(WriteUnexpectedErrorAsync));
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseSecurityHeaders();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/v1"), api => api.UseStatusCodePages(WriteApiStatusAsync));
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/v1"),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        // Routing after the status-code pages: a re-executed request (to /not-found) is routed again. Left implicit,
        // routing runs first, the re-execution finds no endpoint, and an unknown address answers an empty 404.
        app.UseRouting();

        if (isWeb) app.UseSetupGate();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthEndpoints();
        app.MapHomeBaseTelemetry();
        if (!isWeb) return app;
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapApiReference();
        app.MapIntegrationsApi();
        app.MapWebhookEndpointsApi();
        app.MapIngestionApi();
        app.MapAccountEndpoints();
        app.MapDashboardEndpoints();

        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>A bare status from routing (404, 405) on the API still gets problem details with a code.</summary>
    private static Task WriteApiStatusAsync(StatusCodeContext context)
    {
        var status = context.HttpContext.Response.StatusCode;
        var failure = status switch
        {
            400 => new Failure("bad_request", 400, "Bad request",
                "The request could not be read: check the query parameters (limit is a whole number) and headers."),
            404 => new Failure("not_found", 404, "Not found", "No API endpoint at this path."),
            405 => new Failure("method_not_allowed", 405, "Method not allowed", "This endpoint does not accept that HTTP method."),
            415 => new Failure("unsupported_media_type", 415, "Unsupported media type",
                "Send the body as JSON with the header Content-Type: application/json."),
            _ => new Failure("http_" + status, status, "Request failed", $"The request failed with status {status}."),
        };
        return ApiProblems.From(failure).ExecuteAsync(context.HttpContext);
    }

    private static Task WriteUnexpectedErrorAsync(HttpContext context)
    {
        // A parameter that does not bind (?limit=x, ?validate=maybe) is the caller's mistake, in every environment:
        // routing throws it (ThrowOnBadRequest) so that its message, naming the parameter, reaches the caller.
        if (context.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad)
        {
            return ApiProblems.From(new Failure("bad_request", bad.StatusCode, "Bad request",
                $"The request could not be read: {bad.Message} Check the query parameters (limit is a whole number, validate is true or false).")).ExecuteAsync(context);
        }
        var failure = new Failure("internal_error", 500, "Unexpected error",
            $"Something went wrong on our side; nothing was saved. Quote trace id {context.TraceIdentifier} when reporting it.");
        return ApiProblems.From(failure).ExecuteAsync(context);
    }
}
