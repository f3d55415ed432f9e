namespace HomeBase.Sandbox.Data;

/// <summary>How an alert's user evidence identifies the person, as Microsoft's documented samples vary.</summary>
internal enum AlertUserNaming
{
    /// <summary>A cloud account: user principal name and Entra object id.</summary>
    UpnAndId,

    /// <summary>A synchronized on-premises account seen by Defender for Identity: object id and SAM name, no UPN.</summary>
    IdAndAccount,

    /// <summary>A local or service account: SAM name and domain only, nobody in Entra.</summary>
    AccountOnly,
}
