using System.ComponentModel.DataAnnotations;

namespace HomeBase.Core.Integrations.Verification;

/// <summary>The <c>Verification</c> configuration section.</summary>
public sealed class VerificationOptions
{
    public const string SectionName = "Verification";

    /// <summary>
    /// Gap between probes of Graph's Identity Protection / Conditional Access family, which Microsoft limits to
    /// one request per second per tenant and answers with 429 without Retry-After beyond that.
    /// </summary>
    [Range(0, 10_000)]
    public int IdentityProtectionSpacingMs { get; set; } = 1050;
}
