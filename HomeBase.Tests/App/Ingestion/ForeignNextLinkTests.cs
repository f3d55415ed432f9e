using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>
/// A next link is taken from Microsoft's answer, so a tampered or misrouted page could point anywhere: HomeBase follows
/// it only to the API's own host, and the tenant's token is never sent elsewhere.
/// </summary>
[Trait("Category", "App")]
public sealed class ForeignNextLinkTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task NextLinkToAnotherHost_IsNotFollowed_AndTheStreamSaysWhy()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        // A host that would receive the token if the link were followed: it counts every connection.
        using var elsewhere = new TcpListener(IPAddress.Loopback, 0);
        elsewhere.Start();
        var port = ((IPEndPoint)elsewhere.LocalEndpoint).Port;
        var page = new JsonObject
        {
            ["value"] = new JsonArray(new JsonObject
            {
                ["id"] = "9b3c1f4e-0d2a-4c6b-8e1f-2a3b4c5d6e7f",
                ["createdDateTime"] = App.Clock.GetUtcNow().UtcDateTime.AddHours(-1).ToString("O"),
                ["userId"] = "26be570a-ae82-4189-b4e2-a37c6808512d",
                ["userPrincipalName"] = "adele@contoso.example",
                ["appDisplayName"] = "Graph explorer",
                ["status"] = new JsonObject { ["errorCode"] = 0 },
            }),
            ["@odata.nextLink"] = $"http://127.0.0.1:{port}/v1.0/auditLogs/signIns?$skiptoken=stolen",
        };

        StreamRunResult result;
        await App.SandboxControlAsync(HttpMethod.Delete, "/faults");
        try
        {
            var added = await App.SandboxControlAsync(HttpMethod.Post, "/faults", new { kind = "replay", tenant = "contoso", path = "/auditLogs/signIns", response = page });
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
            result = (await App.Runner.RunAsync(integration, StreamCatalog.SignIns))!;
        }
        finally
        {
            await App.SandboxControlAsync(HttpMethod.Delete, "/faults");
        }

        Assert.Equal(StreamStates.Failing, result.State);
        Assert.Contains("not followed", result.Error);
        Assert.False(elsewhere.Pending(), "The next link's host was contacted.");
        var health = await App.QueryAsync(db => db.StreamHealth.SingleAsync(h => h.IntegrationId == integration && h.Stream == StreamCatalog.SignIns));
        Assert.Equal("foreign_next_link", health.LastErrorCode);
    }
}
