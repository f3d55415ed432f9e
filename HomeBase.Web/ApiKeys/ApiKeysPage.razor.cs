using HomeBase.Core.Access;
using HomeBase.Core.ApiKeys;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace HomeBase.Web.ApiKeys;

public partial class ApiKeysPage
{
    /// <summary>Days until expiry, 0 for none; 90 days first, as the OWASP and Microsoft baselines expect of credentials.</summary>
    private static readonly (int Days, string Label)[] ExpiryChoices =
        [(30, "In 30 days"), (90, "In 90 days"), (365, "In a year"), (0, "Never (service accounts)")];

    private readonly HashSet<string> chosenScopes = [ApiKeyScopes.IntegrationsRead];
    private IReadOnlyList<ApiKeySummary> keys = [];
    private string? newName;
    private int expiryDays = 90;
    private string? created;
    private string? error;
    private string? scopeError;

    [Inject]
    private ApiKeyService Service { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IJSRuntime Js { get; set; } = default!;

    protected override string RequiredRole => Roles.Owner;

    protected override Task OnAccessAsync() => LoadAsync();

    private async Task LoadAsync() => keys = (await Service.ListAsync(Access!)).Value ?? [];

    private void Choose(string scope, bool on)
    {
        if (on) chosenScopes.Add(scope);
        else chosenScopes.Remove(scope);
    }

    private async Task CreateAsync()
    {
        DateTime? expiresAt = expiryDays == 0 ? null : Time.GetUtcNow().UtcDateTime.AddDays(expiryDays);
        var result = await Service.CreateAsync(Access!, new NewApiKey(newName ?? string.Empty, [.. chosenScopes], expiresAt));
        if (!result.Succeeded)
        {
            var errors = result.Failure!.Errors;
            error = errors?.GetValueOrDefault("name")?.FirstOrDefault() ?? (errors is null ? result.Failure.Detail : null);
            scopeError = errors?.GetValueOrDefault("scopes")?.FirstOrDefault() ?? errors?.GetValueOrDefault("expires_at")?.FirstOrDefault();
            return;
        }
        (created, newName, error, scopeError) = (result.Value!.Secret, null, null, null);
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

    private async Task TakeOverAsync(ApiKey key)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Take over API key",
            $"\"{key.Name}\" ({key.Prefix}…) works again, depending on you: it stops if you stop being an owner. Its scopes stay "
            + $"{key.Scopes.Replace(" ", ", ")}. Revoke it instead if nobody should use it.", yesText: "Take over", cancelText: "Cancel");
        if (confirmed != true) return;
        var result = await Service.TakeOverAsync(Access!, key.Id);
        if (!result.Succeeded) Snackbar.Add(result.Failure!.Detail, Severity.Error);
        await LoadAsync();
    }

    private static Color StateColor(ApiKeyState state) => state switch
    {
        ApiKeyState.Active => Color.Success,
        ApiKeyState.Suspended => Color.Warning,
        _ => Color.Default,
    };

    private static string StateExplanation(ApiKeyState state) => state switch
    {
        ApiKeyState.Active => "The key works.",
        ApiKeyState.Suspended => "Refused: the person who created it is no longer an owner. Take it over to make it work again, or revoke it.",
        ApiKeyState.Expired => "Refused: the key expired. Create another.",
        _ => "Refused: the key was revoked.",
    };

    private async Task CopyAsync() => await Js.InvokeVoidAsync("navigator.clipboard.writeText", created);
}
