using System.ComponentModel.DataAnnotations;

namespace HomeBase.Core.Platform.Clouds;

/// <summary>The <c>Azure</c> configuration section.</summary>
public sealed class AzureOptions
{
    public const string SectionName = "Azure";

    public Dictionary<string, CloudOptions> Clouds { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The largest answer read from Graph, Defender for Endpoint or ARM. Microsoft's largest pages (999 sign-ins,
    /// 10,000 vulnerability findings) are tens of megabytes; a bigger answer fails its stream with a clear error
    /// instead of filling this process's memory.
    /// </summary>
    [Range(1, 4096)]
    public int MaxResponseMegabytes { get; set; } = 256;

    /// <summary>How long one request may take, its whole body included (the client's own timeout stops at the headers).</summary>
    [Range(5, 3600)]
    public int ResponseTimeoutSeconds { get; set; } = 120;

    /// <summary>How deeply an answer's JSON may nest; Microsoft's go a handful of levels deep.</summary>
    [Range(8, 256)]
    public int MaxJsonDepth { get; set; } = 64;
}
