using System.Diagnostics;

namespace HomeBase.Core.Platform.Telemetry;

/// <summary>
/// HomeBase's traces (activity source <see cref="SourceName"/>): one per ingestion run, with a span per page fetched
/// and per page committed, and one per verification, with a span per stream probed. Spans carry Microsoft's request id where Microsoft sent one, so
/// that a slow or failed call can be named to Microsoft support.
/// </summary>
public static class HomeBaseTracing
{
    public const string SourceName = "HomeBase";

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>The tag for Microsoft's own id of a request (<c>request-id</c> / <c>x-ms-request-id</c>).</summary>
    public const string RequestIdTag = "microsoft.request_id";
}
