using System.ComponentModel.DataAnnotations;
using HomeBase.Core.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace HomeBase.Web.Components.Account.Pages;

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

    protected override void OnInitialized() => Input ??= new();

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
