using HomeBase.Core.Access;
using HomeBase.Core.Integrations;
using HomeBase.Core.Integrations.Retirements;
using HomeBase.Core.Integrations.Verification;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HomeBase.Web.Integrations;

public partial class IntegrationDetailPage
{
    // While the page is open it follows the streams: a first sync shows its progress without a reload.
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(3);
    private readonly CancellationTokenSource closing = new();
    private HomeBase.Core.Ingestion.IngestionSummary? ingestion;
    private Integration? integration;
    private VerificationResult? verification;
    private IntegrationConfig config = new();
    private bool editing;
    private bool busy;

    /// <summary>A second click while the dialog is opening (a double click, a slow circuit) must not open a second one.</summary>
    private bool rotationOpen;
    private string? message;
    private bool messageIsError;

    [Parameter]
    public string Id { get; set; } = "";

    [Inject]
    private TenantIntegrations Integrations { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private HomeBase.Core.Platform.Clouds.ICloudCatalog Clouds { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    /// <summary>Microsoft retirements this integration relies on that are near or past (Core's one list).</summary>
    private IReadOnlyList<RetirementWarning> RetirementWarnings => integration is null ? []
        : MicrosoftRetirements.WarningsFor(integration, verification, DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime));

    private bool HasDefenderRegions => integration is not null && Clouds.Find(integration.Cloud)?.HasDefenderRegions == true;

    /// <summary>The Defender for Endpoint API address this integration calls: its region's host, or the cloud's.</summary>
    private string DefenderHost => integration is not null && Clouds.Find(integration.Cloud)?.ForDefenderRegion(integration.Config.DefenderRegion)
        .DefenderEndpoint is { } endpoint ? endpoint.AbsoluteUri.TrimEnd('/') : "not available in this cloud";

    private string SecretsUrl => Clouds.Find(integration!.Cloud) is { } cloud ? Portal.Secrets(cloud, integration.ClientId) : "#";

    protected override string RequiredRole => Roles.Viewer;

    private bool CanChange => Access?.Allows(Roles.Admin) == true;

    protected override async Task OnAccessAsync()
    {
        Show((await Integrations.GetAsync(Access!, Id)).Value);
        await RefreshIngestionAsync();
        if (integration is not null) _ = FollowAsync();
    }

    private async Task RefreshIngestionAsync() => ingestion = (await Integrations.IngestionAsync(Access!, Id)).Value;

    private async Task FollowAsync()
    {
        using var timer = new PeriodicTimer(RefreshEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(closing.Token))
            {
                await RefreshIngestionAsync();
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed.
        }
    }

    private async Task SyncNowAsync()
    {
        var queued = await Integrations.SyncNowAsync(Access!, Id);
        Report(queued.Failure, $"Sync queued for {queued.Value?.Count ?? 0} streams; the table follows it.");
        await RefreshIngestionAsync();
    }

    public override void Dispose()
    {
        closing.Cancel();
        closing.Dispose();
        base.Dispose();
    }

    private void Show(Integration? shown)
    {
        integration = shown;
        verification = VerificationJson.Deserialize(shown?.VerificationJson);
        if (shown is null) return;
        config = new IntegrationConfig
        {
            IngestEntraId = shown.Config.IngestEntraId, IngestDefender = shown.Config.IngestDefender,
            IngestActivityLogs = shown.Config.IngestActivityLogs, IngestDefenderForCloud = shown.Config.IngestDefenderForCloud,
            BackfillDays = shown.Config.BackfillDays, SubscriptionIds = [.. shown.Config.SubscriptionIds],
            DefenderRegion = shown.Config.DefenderRegion ?? "",
        };
    }

    private async Task VerifyAsync()
    {
        busy = true;
        message = null;
        var verified = await Integrations.VerifyAsync(Access!, Id);
        busy = false;
        Report(verified.Failure, "Verified just now.");
        if (verified.Value is { } fresh) Show(fresh);
    }

    private async Task SaveConfigAsync()
    {
        var updated = await Integrations.UpdateAsync(Access!, Id, new UpdateIntegrationRequest
        {
            Config = new ConfigInput
            {
                IngestEntraId = config.IngestEntraId, IngestDefender = config.IngestDefender, IngestActivityLogs = config.IngestActivityLogs,
                IngestDefenderForCloud = config.IngestDefenderForCloud, BackfillDays = config.BackfillDays,
                DefenderRegion = HasDefenderRegions ? config.DefenderRegion ?? "" : null,
            },
        });
        Report(updated.Failure, "Saved. The streams table shows what is enabled now.");
        if (updated.Value is { } saved)
        {
            editing = false;
            Show(saved);
        }
    }

    private async Task OpenRotationAsync()
    {
        if (rotationOpen) return;
        rotationOpen = true;
        try
        {
            await RotateInDialogAsync();
        }
        finally
        {
            rotationOpen = false;
        }
    }

    private async Task RotateInDialogAsync()
    {
        var hintBefore = integration!.ClientSecretHint;
        var dialog = await Dialogs.ShowAsync<Credentials.RotateSecretDialog>("Rotate the client secret", new DialogParameters
        {
            ["Integration"] = integration, ["Access"] = Access!, ["SecretsUrl"] = SecretsUrl,
        }, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: Integration rotated })
        {
            Report(null, $"The new secret is in use. Now delete the old one (it starts with {hintBefore}) in Azure: Certificates & secrets.");
            Show(rotated);
        }
    }

    private async Task DeleteAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete integration",
            $"HomeBase stops ingesting from {integration!.Name} and destroys its client secret. Data already ingested stays until it is purged. Delete the app registration in Azure too.",
            yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true) return;
        var deleted = await Integrations.DeleteAsync(Access!, Id);
        if (Report(deleted.Failure, "Deleted.")) Navigation.NavigateTo("/integrations");
    }

    private bool Report(HomeBase.Core.Platform.Common.Failure? failure, string success)
    {
        messageIsError = failure is not null;
        message = failure is null ? success : failure.Explanation;
        return failure is null;
    }
}
