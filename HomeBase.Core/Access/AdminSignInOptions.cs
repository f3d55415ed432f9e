namespace HomeBase.Core.Access;

/// <summary><c>Authentication:*</c>: how admins sign in.</summary>
public sealed class AdminSignInOptions
{
    public const string SectionName = "Authentication";

    public SignInMode Mode { get; set; } = SignInMode.Local;

    /// <summary>For Entra ID mode: the cloud (from the cloud catalog) whose sign-in endpoint and CA trust to use.</summary>
    public string Cloud { get; set; } = "global";

    /// <summary>How often a session is checked against its account, so "sign out everywhere" and removed accounts take effect.</summary>
    public TimeSpan SessionRevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The same for open interactive pages, which check by timer: at most once a second, even when requests check always.</summary>
    public TimeSpan CircuitRevalidationInterval => SessionRevalidationInterval < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : SessionRevalidationInterval;

    /// <summary>
    /// Whether creating the first owner in the browser needs the set-up token printed in the log. Unset, it is
    /// required everywhere but Development: otherwise whoever reaches a new server first owns every tenant.
    /// </summary>
    public bool? RequireSetupToken { get; set; }

    /// <summary>How long a printed set-up token stays valid; a restart prints a new one.</summary>
    public TimeSpan SetupTokenLifetime { get; set; } = TimeSpan.FromHours(24);
}
