using System.Text.Json;
using HomeBase.Core.Platform.Clouds;

namespace HomeBase.Core.Platform.Azure;

/// <summary>How much of an answer from Azure is read, for how long, and how deeply its JSON may nest.</summary>
internal sealed record ResponseLimits(long MaxBytes, TimeSpan Timeout, int MaxDepth)
{
    public static ResponseLimits Default { get; } = From(new AzureOptions());

    public static ResponseLimits From(AzureOptions options) =>
        new(options.MaxResponseMegabytes * 1024L * 1024, TimeSpan.FromSeconds(options.ResponseTimeoutSeconds), options.MaxJsonDepth);

    public JsonDocumentOptions DocumentOptions => new() { MaxDepth = MaxDepth };
}
