using System.Net;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Platform.Hosting;

/// <summary>
/// A query parameter that does not bind is the caller's mistake: 400 problem details naming it, never 500, in
/// Development (where routing throws) as in Production-like hosts.
/// </summary>
[Trait("Category", "App")]
public sealed class MalformedParameterTests
{
    [Theory]
    [InlineData("Development", "GET", "/v1/integrations?limit=x", "limit")]
    [InlineData("Development", "GET", "/v1/integrations?limit=1e3", "limit")]
    [InlineData("Development", "POST", "/v1/integrations?validate=maybe", "validate")]
    [InlineData("Testing", "GET", "/v1/integrations?limit=x", "limit")]
    [InlineData("Testing", "POST", "/v1/integrations?validate=maybe", "validate")]
    public async Task Endpoint_WithAParameterThatDoesNotBind_Returns400Problem(string environment, string method, string url, string parameter)
    {
        await using var app = new HomeBaseApp(environment);
        var tenant = await app.CreateTenantAsync();
        using var client = app.CreateApiClient(tenant.ApiKey);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST") request.Content = new StringContent(RequestBodies.Seed(tenant.Id).ToJsonString(), System.Text.Encoding.UTF8, "application/json");

        var response = await client.SendAsync(request);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "bad_request");
        Assert.Contains(parameter, problem.Detail ?? "", StringComparison.Ordinal);
    }
}
