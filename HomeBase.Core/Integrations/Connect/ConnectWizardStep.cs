using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations;
using HomeBase.Core.Integrations.Credentials;
using HomeBase.Core.Integrations.Verification;
using HomeBase.Core.Platform.Common;

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
