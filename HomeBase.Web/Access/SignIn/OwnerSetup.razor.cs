using System.ComponentModel.DataAnnotations;
using HomeBase.Core.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace HomeBase.Web.Access.SignIn;

public partial class OwnerSetup
{
    private string? error;
    private string? tokenError;

    private bool TokenRequired => SignInSettings.Value.RequireSetupToken != false;

    [Inject]
    private AccountService Accounts { get; set; } = default!;

    [Inject]
    private SignInManager<HomeBaseUser> SignIn { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private Microsoft.Extensions.Options.IOptions<AdminSignInOptions> SignInSettings { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    // The form's fields are named after the Form accessor used in the markup.
    [SupplyParameterFromForm(Name = "Form")]
    private SetupInput? Input { get; set; }

    private SetupInput Form => Input ??= new();

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        // Set-up happens once, and only for local accounts: afterwards this page only leads to sign-in.
        if (SignInSettings.Value.Mode == SignInMode.EntraId || await Accounts.HasAnyUserAsync()) Navigation.NavigateTo("/account/login");
    }

    private async Task CreateAsync()
    {
        Input ??= new();
        var created = await Accounts.CreateOwnerAsync(Form.Email, Form.DisplayName, Form.Password, HttpContext.Connection.RemoteIpAddress?.ToString(),
            TokenRequired ? Form.SetupToken : null);
        if (!created.Succeeded)
        {
            // A wrong token is the token field's message; anything else (a taken email, a weak password) the form's.
            var failure = created.Failure!;
            if (failure.Errors is { } errors && errors.TryGetValue("setup_token", out var messages)) tokenError = messages[0];
            else error = failure.Explanation;
            return;
        }
        await SignIn.SignInAsync(created.Value!, isPersistent: false);
        Navigation.NavigateTo("/");
    }

    private sealed class SetupInput
    {
        [StringLength(200)]
        public string? SetupToken { get; set; }

        [Required(ErrorMessage = "Enter your name.")]
        [StringLength(200)]
        public string DisplayName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your work email.")]
        [EmailAddress(ErrorMessage = "Enter an email address such as admin@contoso.com.")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(200, MinimumLength = 12, ErrorMessage = "Use at least 12 characters.")]
        public string Password { get; set; } = string.Empty;

        [Compare(nameof(Password), ErrorMessage = "The passwords do not match.")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
