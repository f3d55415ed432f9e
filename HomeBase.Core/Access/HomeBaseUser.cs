using Microsoft.AspNetCore.Identity;

namespace HomeBase.Core.Access;

/// <summary>A person who signs in to HomeBase: a local account, or an Entra ID user seen at sign-in.</summary>
public sealed class HomeBaseUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    /// <summary>Bumped by "sign out everywhere": cookies issued before it are refused.</summary>
    public DateTime? SignedOutEverywhereAt { get; set; }
}
