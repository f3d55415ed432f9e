using HomeBase.Core.Auditing;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Platform.Security;
using HomeBase.Core.Integrations.Verification;
using HomeBase.Core.Integrations.Credentials;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Integrations.Credentials;

/// <summary>A new client secret for an integration, with its expiry when the admin knows it (<c>POST …/credentials</c>).</summary>
public sealed class RotateSecretRequest
{
    public string? ClientSecret { get; set; }

    public DateTimeOffset? ClientSecretExpiresAt { get; set; }
}
