using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Sandbox;

/// <summary>The delta protocol for users and groups: initial sync, incremental changes, and the 7-day expiry.</summary>
[Trait("Category", "App")]
public sealed class SandboxDeltaTests(FakeClockSandboxFixture sandbox) : IClassFixture<FakeClockSandboxFixture>
{
    [Fact]
    public async Task UsersDelta_InitialThenIncremental_ReturnsExactlyTheChanges()
    {
        var token = await sandbox.TokenAsync("northwind");
        var (initial, pages, last) = await sandbox.GetAllAsync(token, "/graph/v1.0/users/delta?$select=displayName,jobTitle");
        var deltaLink = last["@odata.deltaLink"]!.GetValue<string>();

        Assert.Equal((await sandbox.GroundTruthAsync("northwind"))["users"]!.GetValue<int>(), initial.Count);
        Assert.True(pages > 1);
        Assert.Contains("$deltatoken=", deltaLink);
        Assert.All(initial, u => Assert.Equal(["displayName", "id", "jobTitle"], u.AsObject().Select(p => p.Key).Order()));

        // Nothing changed yet: the delta link returns no users and a new delta link.
        var (none, _, quiet) = await sandbox.GetAllAsync(token, deltaLink);
        Assert.Empty(none);
        deltaLink = quiet["@odata.deltaLink"]!.GetValue<string>();

        sandbox.Clock.Advance(TimeSpan.FromMinutes(1));
        var created = await Change("create");
        var updated = await Change("update", initial[3]["id"]!.GetValue<string>());
        var deleted = await Change("delete", initial[5]["id"]!.GetValue<string>());
        sandbox.Clock.Advance(TimeSpan.FromMinutes(1));

        var (changes, _, after) = await sandbox.GetAllAsync(await sandbox.TokenAsync("northwind"), deltaLink);

        Assert.Equal(new[] { created, updated, deleted }.Order(), changes.Select(c => c["id"]!.GetValue<string>()).Order());
        Assert.Equal("changed", changes.Single(c => c["id"]!.GetValue<string>() == deleted)["@removed"]!["reason"]!.GetValue<string>());
        Assert.StartsWith("Updated title", changes.Single(c => c["id"]!.GetValue<string>() == updated)["jobTitle"]!.GetValue<string>());
        Assert.NotNull(after["@odata.deltaLink"]);
    }

    [Fact]
    public async Task GroupsDelta_InitialSync_CarriesMembersAtDelta()
    {
        var token = await sandbox.TokenAsync("contoso");
        var (groups, _, _) = await sandbox.GetAllAsync(token, "/graph/v1.0/groups/delta");
        Assert.Equal((await sandbox.GroundTruthAsync("contoso"))["groups"]!.GetValue<int>(), groups.Count);
        Assert.All(groups, g => Assert.NotEmpty(g["members@delta"]!.AsArray()));
        Assert.All(groups.SelectMany(g => g["members@delta"]!.AsArray()), m => Assert.Equal("#microsoft.graph.user", m!["@odata.type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task UsersDelta_LinkOlderThanSevenDays_Is400SyncStateNotFound()
    {
        var (_, _, last) = await sandbox.GetAllAsync(await sandbox.TokenAsync("contoso"), "/graph/v1.0/users/delta");
        var deltaLink = last["@odata.deltaLink"]!.GetValue<string>();

        sandbox.Clock.Advance(TimeSpan.FromDays(6));
        var (fresh, _, _) = await sandbox.GetAsync(await sandbox.TokenAsync("contoso"), deltaLink);
        Assert.Equal(200, fresh);

        sandbox.Clock.Advance(TimeSpan.FromDays(2));
        var (status, body, _) = await sandbox.GetAsync(await sandbox.TokenAsync("contoso"), deltaLink);
        Assert.Equal(400, status);
        Assert.Equal("syncStateNotFound", body!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task UsersDelta_Latest_ReturnsOnlyADeltaLink()
    {
        var (status, body, _) = await sandbox.GetAsync(await sandbox.TokenAsync("contoso"), "/graph/v1.0/users/delta?$deltatoken=latest");
        Assert.Equal(200, status);
        Assert.Empty(body!["value"]!.AsArray());
        Assert.NotNull(body["@odata.deltaLink"]);
        Assert.Null(body["@odata.nextLink"]);
    }

    [Fact]
    public async Task SkipToken_Tampered_IsRefused()
    {
        var token = await sandbox.TokenAsync("contoso");
        var (_, page, _) = await sandbox.GetAsync(token, "/graph/v1.0/users/delta");
        var next = page!["@odata.nextLink"]!.GetValue<string>();
        var (status, _, _) = await sandbox.GetAsync(token, next[..^3] + "AAA");
        Assert.Equal(400, status);
    }

    private async Task<string> Change(string action, string? id = null)
    {
        var response = await sandbox.ControlAsync(HttpMethod.Post, "/tenants/northwind/users", new { action, id });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }
}
