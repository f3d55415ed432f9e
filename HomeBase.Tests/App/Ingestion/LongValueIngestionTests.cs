using System.Net;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Common;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>
/// Values from Azure longer than their column (a server database refuses them; SQLite would keep them) are cut to it
/// with a marker, keys so that they stay unique: one long value never fails the same page forever.
/// </summary>
[Trait("Category", "App")]
public sealed class LongValueIngestionTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task SignIn_WithValuesLongerThanTheirColumns_IsStoredCut_AndReadingItAgainChangesNothing()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        var longId = "id-" + new string('7', 600);
        var twin = "id-" + new string('7', 599) + "8"; // the same first 400 characters: still another sign-in
        JsonObject SignIn(string id) => new()
        {
            ["id"] = id,
            ["createdDateTime"] = App.Clock.GetUtcNow().UtcDateTime.AddHours(-1).ToString("O"),
            ["userId"] = "26be570a-ae82-4189-b4e2-a37c6808512d",
            ["userPrincipalName"] = new string('u', 300) + "@contoso.example",
            ["appDisplayName"] = "Graph explorer",
            ["status"] = new JsonObject { ["errorCode"] = 0 },
            ["location"] = new JsonObject { ["countryOrRegion"] = "United States of America" },
        };
        var page = new JsonObject { ["value"] = new JsonArray(SignIn(longId), SignIn(twin)) };

        var first = await RunWithPageAsync(integration, page);
        App.Clock.Advance(TimeSpan.FromMinutes(30));
        var second = await RunWithPageAsync(integration, page);

        Assert.Equal((StreamStates.Healthy, 2), (first.State, first.RecordsAdded));
        Assert.Equal((StreamStates.Healthy, 0, 0), (second.State, second.RecordsAdded, second.RecordsUpdated));
        var stored = await App.QueryAsync(db => db.IngestedSignIns.Where(s => s.IntegrationId == integration).ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.All(stored, s =>
        {
            Assert.Equal(IngestedRecord.SourceIdMaxLength, s.SourceId.Length);
            Assert.StartsWith("id-777", s.SourceId);
            Assert.Equal(256, s.UserPrincipalName!.Length);
            Assert.EndsWith(TextColumns.CutMarker, s.UserPrincipalName);
            Assert.Equal("United " + TextColumns.CutMarker, s.CountryOrRegion);
        });
        Assert.NotEqual(stored[0].SourceId, stored[1].SourceId);
    }

    private async Task<StreamRunResult> RunWithPageAsync(string integration, JsonObject page)
    {
        await App.SandboxControlAsync(HttpMethod.Delete, "/faults");
        try
        {
            var added = await App.SandboxControlAsync(HttpMethod.Post, "/faults", new { kind = "replay", tenant = "contoso", path = "/auditLogs/signIns", response = page });
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
            return (await App.Runner.RunAsync(integration, StreamCatalog.SignIns))!;
        }
        finally
        {
            await App.SandboxControlAsync(HttpMethod.Delete, "/faults");
        }
    }
}
