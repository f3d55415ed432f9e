using HomeBase.Core.Access;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Webhooks;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace HomeBase.Web.Webhooks;

public partial class WebhooksPage
{
    private IReadOnlyList<WebhookEndpoint> endpoints = [];
    private Dictionary<string, IReadOnlyList<(WebhookDelivery Delivery, WebhookEvent Event)>> deliveries = [];
    private readonly HashSet<string> events = [WebhookEventTypes.CredentialExpiring, WebhookEventTypes.CredentialExpired, WebhookEventTypes.HealthChanged];
    private string? url;
    private string? error;
    private string? shownSecret;

    [Inject]
    private TenantWebhooks Hooks { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private IJSRuntime Js { get; set; } = default!;

    protected override string RequiredRole => Roles.Admin;

    protected override Task OnAccessAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        endpoints = (await Hooks.ListAsync(Access!)).Value ?? [];
        deliveries = [];
        foreach (var endpoint in endpoints) deliveries[endpoint.Id] = (await Hooks.DeliveriesAsync(Access!, endpoint.Id)).Value ?? [];
    }

    private void Toggle(string type, bool on)
    {
        if (on) events.Add(type);
        else events.Remove(type);
    }

    private async Task CreateAsync()
    {
        var created = await Hooks.CreateAsync(Access!, new WebhookEndpointInput { Url = url, EnabledEvents = [.. events] });
        if (Show(created.Failure)) return;
        shownSecret = created.Value!.Secret;
        url = null;
        await LoadAsync();
    }

    private async Task SetEnabledAsync(WebhookEndpoint endpoint, bool enabled)
    {
        Show((await Hooks.UpdateAsync(Access!, endpoint.Id, new WebhookEndpointInput { Enabled = enabled })).Failure);
        await LoadAsync();
    }

    private async Task RollAsync(WebhookEndpoint endpoint)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Roll signing secret",
            $"Deliveries to {endpoint.DisplayUrl} are signed with a new secret from now on. The old one keeps signing beside it for 24 hours, so your receiver can switch without refusing events.", yesText: "Roll", cancelText: "Cancel");
        if (confirmed != true) return;
        var rolled = await Hooks.RollSecretAsync(Access!, endpoint.Id);
        if (!Show(rolled.Failure)) shownSecret = rolled.Value!.Secret;
    }

    private async Task SendTestAsync(WebhookEndpoint endpoint)
    {
        Show((await Hooks.SendTestAsync(Access!, endpoint.Id)).Failure);
        await LoadAsync();
    }

    private async Task ResendAsync(WebhookEndpoint endpoint, WebhookDelivery delivery)
    {
        Show((await Hooks.ResendAsync(Access!, endpoint.Id, delivery.Id)).Failure);
        await LoadAsync();
    }

    private async Task DeleteAsync(WebhookEndpoint endpoint)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete endpoint", $"HomeBase stops sending events to {endpoint.DisplayUrl}.", yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true) return;
        Show((await Hooks.DeleteAsync(Access!, endpoint.Id)).Failure);
        await LoadAsync();
    }

    private async Task CopyAsync() => await Js.InvokeVoidAsync("navigator.clipboard.writeText", shownSecret);

    private bool Show(Failure? failure)
    {
        error = failure is null ? null : failure.Explanation;
        return failure is not null;
    }
}
