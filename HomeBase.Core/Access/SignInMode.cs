namespace HomeBase.Core.Access;

public enum SignInMode
{
    /// <summary>Local accounts in the HomeBase database (ASP.NET Core Identity): the embedded default.</summary>
    Local,

    /// <summary>OpenID Connect sign-in against the operator's own Entra ID app registration; roles from its app roles.</summary>
    EntraId,
}
