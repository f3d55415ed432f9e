using HomeBase.Core.Access;
using HomeBase.Core.ApiKeys;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace HomeBase.Web.ApiKeys;

public partial class ApiKeysPage
{
    private IReadOnlyList<ApiKey> keys = [];
    private string? newName;
    private string? created;
    private string? error;

    [Inject]
    private ApiKeyService Service { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private IJSRuntime Js { get; set; } = default!;

    protected override string RequiredRole => Roles.Owner;

    protected override Task OnAccessAsync() => LoadAsync();

    private async Task LoadAsync() => keys = (await Service.ListAsync(Access!)).Value ?? [];

    private async Task CreateAsync()
    {
        var result = await Service.CreateAsync(Access!, newName ?? string.Empty);
        if (!result.Succeeded)
        {
            error = result.Failure!.Errors?.SelectMany(e => e.Value).FirstOrDefault() ?? result.Failure.Detail;
            return;
        }
        (created, newName, error) = (result.Value!.Secret, null, null);
        await LoadAsync();
    }

    private async Task RevokeAsync(ApiKey key)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Revoke API key",
            $"Scripts using \"{key.Name}\" ({key.Prefix}…) stop working at once. This cannot be undone.", yesText: "Revoke", cancelText: "Cancel");
        if (confirmed != true) return;
        await Service.RevokeAsync(Access!, key.Id);
        await LoadAsync();
    }

    private async Task CopyAsync() => await Js.InvokeVoidAsync("navigator.clipboard.writeText", created);
}
