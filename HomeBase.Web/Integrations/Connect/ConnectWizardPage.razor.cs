using HomeBase.Core.Access;
using HomeBase.Core.Integrations;
using HomeBase.Core.Integrations.Connect;
using HomeBase.Core.Integrations.Verification;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Platform.Common;
using HomeBase.Web.Platform.Sandbox;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace HomeBase.Web.Integrations.Connect;

/// <summary>
/// The "connect Azure" wizard. Its rules live in <see cref="ConnectWizard"/>; this page shows them, calls the checks,
/// and saves a draft after every change of step so that a reload or a dropped connection resumes where it was.
/// </summary>
public partial class ConnectWizardPage
{
    private static readonly string[] StepTitles = ["Cloud", "Register the app", "Credentials", "Permissions", "Admin consent", "Data", "Review and save"];

    private ConnectWizard wizard = null!;
    private readonly HashSet<string> touched = [];
    private bool showSecret;
    private bool checking;
    private bool saving;
    private Failure? checkFailure;
    private string? blocker;
    private string? saveError;
    private DateTime? resumedAt;

    [Inject]
    private TenantIntegrations Integrations { get; set; } = default!;

    [Inject]
    private ConnectWizardDraftService Drafts { get; set; } = default!;

    [Inject]
    private ICloudCatalog CloudCatalog { get; set; } = default!;

    [Inject]
    private SandboxOffer Sandbox { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime Js { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override string RequiredRole => Roles.Admin;

    private int ActiveIndex => (int)wizard.Step;

    // The step a header click asked for. MudStepper also reports index changes of its own (settling on its first
    // step as it starts); only the admin's clicks may move the wizard, or a resumed draft would jump back to the start.
    private int? headerClick;

    private static int LastStep => (int)ConnectWizardStep.Review;

    /// <summary>The furthest step the admin may open: every step before it has nothing left to do.</summary>
    private int Reached
    {
        get
        {
            var step = 0;
            while (step < LastStep && wizard.BlockerFor((ConnectWizardStep)step) is null) step++;
            return step;
        }
    }

    private string Announcement => $"Step {ActiveIndex + 1} of {StepTitles.Length}: {StepTitles[ActiveIndex]}";

    private IEnumerable<AzureCloud> Clouds => CloudCatalog.Names.Select(CloudCatalog.Find).OfType<AzureCloud>();

    private AzureCloud? Cloud => wizard.Answers.Cloud is { } name ? CloudCatalog.Find(name) : null;

    private string CloudName => Cloud?.DisplayName ?? "Azure";

    private IReadOnlyList<SandboxTenantOffer> SandboxTenants => Sandbox.Tenants;

    private string NewRegistrationUrl => Cloud is { } cloud ? Portal.NewRegistration(cloud) : "https://portal.azure.com";

    private string? ApiPermissionsUrl => Cloud is { } cloud && wizard.Answers.ClientId is { Length: > 0 } clientId ? Portal.ApiPermissions(cloud, clientId.Trim()) : null;

    private string Script => AzureCliScript.Generate(wizard.Answers.Cloud ?? CloudCatalog.DefaultCloud);

    private string ExpiryText => (wizard.Answers.ClientSecretExpiresOn ?? wizard.DefaultSecretExpiry()).ToString("yyyy-MM-dd");

    private string ExpiryHelp => wizard.Verification?.SecretExpiry?.ExpiresAt is not null
        ? "Read from the app registration"
        : "A new 24-month secret's date; replaced by the real one when HomeBase can read it";

    // A resumed draft's secret stays on the server: the field is left empty and says the saved one is kept, so the
    // secret never travels back to a browser (which may not be the one that typed it).
    private bool keepingSavedSecret;

    private string SecretHelp => keepingSavedSecret
        ? $"The saved secret ({SecretHint}…) is kept; paste a new value to replace it"
        : "Certificates & secrets → the Value column";

    private string SecretHint => wizard.ClientSecret is { Length: > 0 } secret ? secret.Trim()[..Math.Min(3, secret.Trim().Length)] : "";

    private string ReadySummary
    {
        get
        {
            var enabled = ConnectWizard.Toggles.Where(t => wizard.IsOn(t.Toggle)).SelectMany(t => wizard.StreamsOf(t.Toggle)).ToList();
            var ready = enabled.Count(s => s.Status == StreamStatuses.Ready);
            return ready == enabled.Count ? $"all {ready} ready" : $"{ready} of {enabled.Count} ready; the rest start once fixed";
        }
    }

    protected override async Task OnAccessAsync()
    {
        wizard = new ConnectWizard(Time) { Answers = new ConnectWizardAnswers { Cloud = CloudCatalog.DefaultCloud } };
        var draft = (await Drafts.LoadAsync(Access!)).Value;
        if (draft is null) return;
        wizard.Answers = draft.Answers;
        wizard.ClientSecret = draft.ClientSecret;
        keepingSavedSecret = !string.IsNullOrEmpty(draft.ClientSecret);
        resumedAt = draft.UpdatedAt;
        // Past the credentials, the grid is needed again: re-check rather than trust a day-old answer.
        if (wizard.Step > ConnectWizardStep.Credentials && wizard.CredentialErrors().Count == 0) await RunCheckAsync();
        if (wizard.Step > ConnectWizardStep.Credentials && !wizard.CredentialsVerified) wizard.Answers = wizard.Answers with { Step = (int)ConnectWizardStep.Credentials };
    }

    protected override void OnInitialized() => wizard = new ConnectWizard(Time);

    private bool HasError(string field) => ErrorOf(field) is not null;

    private string? ErrorOf(string field) => touched.Contains(field) && wizard.CredentialErrors().TryGetValue(field, out var error) ? error : null;

    private void Touch(string field) => touched.Add(field);

    private void Edit(Func<ConnectWizardAnswers, ConnectWizardAnswers> change)
    {
        wizard.Answers = change(wizard.Answers);
        blocker = null;
    }

    private void SetCloud(string cloud)
    {
        Edit(a => a with { Cloud = cloud });
        wizard.Verification = null;
    }

    private void SetSecret(string secret)
    {
        // Emptying the field that shows nothing is no change: the saved secret is still the one to use.
        if (keepingSavedSecret && string.IsNullOrEmpty(secret)) return;
        keepingSavedSecret = false;
        wizard.ClientSecret = secret;
        // A new secret is checked afresh; an ID pasted by mistake is flagged as soon as it is typed.
        wizard.Verification = null;
        checkFailure = null;
        if (!string.IsNullOrWhiteSpace(secret)) Touch("client_secret");
    }

    private void SetExpiry(string value)
    {
        if (DateOnly.TryParse(value, out var on)) Edit(a => a with { ClientSecretExpiresOn = on });
        Touch("client_secret_expires_at");
    }

    private void SetToggle(string toggle, bool on)
    {
        wizard.Set(toggle, on);
        blocker = null;
    }

    private void Acknowledge(string toggle, bool acknowledged)
    {
        if (acknowledged) wizard.AcknowledgedBlockedToggles.Add(toggle);
        else wizard.AcknowledgedBlockedToggles.Remove(toggle);
        blocker = null;
    }

    private void SetSubscription(string id, bool on) =>
        Edit(a => a with { SubscriptionIds = on ? [.. a.SubscriptionIds, id] : [.. a.SubscriptionIds.Where(s => s != id)] });

    private async Task UseSandboxTenantAsync(SandboxTenantOffer tenant)
    {
        Edit(a => a with { AzureTenantId = tenant.AzureTenantId, ClientId = tenant.ClientId, Name = a.Name ?? tenant.DisplayName });
        SetSecret(tenant.ClientSecret);
        Snackbar.Add($"{tenant.DisplayName}'s ids and secret are filled in on the Credentials step.", Severity.Info);
        await GoToAsync((int)ConnectWizardStep.Register);
    }

    private async Task CopyScriptAsync()
    {
        await Js.InvokeVoidAsync("navigator.clipboard.writeText", Script);
        Snackbar.Add("Script copied.", Severity.Success);
    }

    /// <summary>Header clicks go back freely, and forward only as far as the finished steps allow.</summary>
    private Task PreviewAsync(StepperInteractionEventArgs args)
    {
        if (args.Action == StepAction.Activate && args.StepIndex > Reached) args.Cancel = true;
        else if (args.Action == StepAction.Activate) headerClick = args.StepIndex;
        return Task.CompletedTask;
    }

    private async Task OnStepperIndexChangedAsync(int index)
    {
        if (headerClick != index) return;
        headerClick = null;
        await GoToAsync(index);
    }

    private async Task NextAsync()
    {
        var step = wizard.Step;
        if (step == ConnectWizardStep.Credentials && !wizard.CredentialsVerified) await CheckAsync();
        blocker = wizard.BlockerFor(step);
        if (blocker is not null)
        {
            foreach (var field in new[] { "azure_tenant_id", "client_id", "client_secret" }) Touch(field);
            return;
        }
        await GoToAsync(ActiveIndex + 1);
    }

    private async Task GoToAsync(int index)
    {
        index = Math.Clamp(index, 0, LastStep);
        if (index > Reached) return;
        wizard.Answers = wizard.Answers with { Step = index };
        blocker = null;
        await SaveDraftAsync();
    }

    private async Task CheckAsync()
    {
        foreach (var field in new[] { "azure_tenant_id", "client_id", "client_secret" }) Touch(field);
        if (wizard.CredentialErrors().Count > 0) return;
        await RunCheckAsync();
        await SaveDraftAsync();
        if (wizard.CredentialsVerified && wizard.Step == ConnectWizardStep.Credentials) await GoToAsync((int)ConnectWizardStep.Permissions);
    }

    /// <summary>Verifies with every data toggle on, so the permission list and the grid cover all that could be chosen.</summary>
    private async Task RunCheckAsync()
    {
        checking = true;
        checkFailure = null;
        StateHasChanged();
        try
        {
            var result = await Integrations.ValidateAsync(Access!, wizard.ToRequest(allData: true));
            if (result.Failure is { } failure) checkFailure = failure;
            else wizard.Absorb(result.Value!);
        }
        finally
        {
            checking = false;
        }
    }

    private async Task SaveDraftAsync() => await Drafts.SaveAsync(Access!, wizard.Answers, wizard.ClientSecret);

    private async Task StartOverAsync()
    {
        await Drafts.DiscardAsync(Access!);
        wizard = new ConnectWizard(Time) { Answers = new ConnectWizardAnswers { Cloud = CloudCatalog.DefaultCloud } };
        touched.Clear();
        resumedAt = null;
        checkFailure = null;
    }

    private async Task CancelAsync()
    {
        await Drafts.DiscardAsync(Access!);
        Navigation.NavigateTo("/integrations");
    }

    private async Task SaveAsync()
    {
        blocker = Enumerable.Range(0, LastStep).Select(s => wizard.BlockerFor((ConnectWizardStep)s)).FirstOrDefault(b => b is not null);
        if (blocker is not null) return;
        saving = true;
        saveError = null;
        try
        {
            var created = await Integrations.CreateAsync(Access!, wizard.ToRequest());
            if (created.Failure is { } failure)
            {
                saveError = failure.Explanation;
                return;
            }
            await Drafts.DiscardAsync(Access!);
            Navigation.NavigateTo($"/integrations/{created.Value!.Integration.Id}");
        }
        finally
        {
            saving = false;
        }
    }
}
