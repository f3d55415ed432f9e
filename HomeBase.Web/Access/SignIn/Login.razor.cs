using System.ComponentModel.DataAnnotations;
using HomeBase.Core.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HomeBase.Web.Access.SignIn;

public partial class Login
{
    private string? error;

    [Inject]
    private SignInManager<HomeBaseUser> SignIn { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    // The form's fields are named after the Form accessor used in the markup.
    [SupplyParameterFromForm(Name = "Form")]
    private LoginInput? Input { get; set; }

    private LoginInput Form => Input ??= new();

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    /// <summary>Why a sign-in through Entra ID came back refused (a stable code, never text from the request).</summary>
    [SupplyParameterFromQuery(Name = "error")]
    private string? ErrorCode { get; set; }

    [SupplyParameterFromQuery(Name = "signed_out")]
    private string? SignedOut { get; set; }

    [Inject]
    private IOptions<AdminSignInOptions> SignInSettings { get; set; } = default!;

    private bool signedOut;

    private SignInMode Mode => SignInSettings.Value.Mode;

    private string EntraSignInUrl => $"/account/login/entra?returnUrl={Uri.EscapeDataString(SafeReturnUrl(ReturnUrl))}";

    private string? Message => error ?? ErrorCode switch
    {
        null or "" => null,
        "no_app_role" => "Your Entra ID account has no HomeBase role. Ask an administrator of your Entra ID to assign you HomeBase.Owner, HomeBase.Admin or HomeBase.Viewer (Enterprise applications → HomeBase → Users and groups), then sign in again.",
        "email_in_use" => "A local HomeBase account already uses your email address. An owner must remove it before you can sign in with Entra ID.",
        _ => "Signing in with Microsoft did not complete (cancelled, timed out or refused). Try again; if it keeps failing, check the AzureAd settings.",
    };

    protected override void OnInitialized()
    {
        Input ??= new();
        signedOut = SignedOut == "1";
    }

    private async Task SignInAsync()
    {
        Input ??= new();
        var result = await SignIn.PasswordSignInAsync(Form.Email.Trim(), Form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            Navigation.NavigateTo(SafeReturnUrl(ReturnUrl));
            return;
        }
        // The same words for an unknown email and a wrong password: nothing tells which accounts exist.
        error = result.IsLockedOut
            ? "Too many failed attempts: this account is locked for 15 minutes."
            : "The email or password is not correct.";
    }

    /// <summary>Only paths on this site: an absolute or protocol-relative URL would be an open redirect.</summary>
    internal static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : "/";

    private sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email.")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your password.")]
        public string Password { get; set; } = string.Empty;
    }
}
