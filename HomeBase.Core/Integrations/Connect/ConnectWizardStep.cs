namespace HomeBase.Core.Integrations.Connect;

/// <summary>The wizard's steps, in order.</summary>
public enum ConnectWizardStep
{
    Cloud,
    Register,
    Credentials,
    Permissions,
    Consent,
    Data,
    Review,
}
