namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// An Azure Activity Log event of one subscription; its source id is the event's <c>eventDataId</c>. One operation
/// writes several events (<c>BeginRequest</c> with <c>Started</c>, then <c>EndRequest</c> with <c>Succeeded</c> or
/// <c>Failed</c>) that share an <c>operationId</c>: an operation is counted once, by its final event, and only in
/// the <c>Administrative</c> category (<c>ActivityQueries.Final</c>).
/// </summary>
public sealed class ActivityLogRecord : IngestedRecord
{
    public const string Administrative = "Administrative";
    public const string Succeeded = "Succeeded";
    public const string Failed = "Failed";

    public required string SubscriptionId { get; set; }

    public DateTime EventTimestamp { get; set; }

    public string? OperationName { get; set; }

    /// <summary>The resource type the operation acted on, e.g. <c>Microsoft.Compute/virtualMachines</c>.</summary>
    public string? ResourceType { get; set; }

    /// <summary>The operation's verb: <c>write</c>, <c>delete</c>, <c>action</c> or <c>read</c> (the last segment of its name).</summary>
    public string? Action { get; set; }

    /// <summary>The verb of an ARM operation name such as <c>Microsoft.Compute/virtualMachines/write</c>.</summary>
    public static string? ActionOf(string? operationName) =>
        operationName?.LastIndexOf('/') is int slash and >= 0 ? operationName[(slash + 1)..].ToLowerInvariant() : null;

    /// <summary>The resource type of an operation name when the event does not carry one.</summary>
    public static string? ResourceTypeOf(string? operationName) =>
        operationName?.LastIndexOf('/') is int slash and > 0 ? operationName[..slash] : null;

    public string? Status { get; set; }

    public string? Level { get; set; }

    public string? Caller { get; set; }

    public string? ResourceGroupName { get; set; }

    public string? ResourceId { get; set; }

    public string? CorrelationId { get; set; }

    /// <summary>The operation the event belongs to: its Started and Succeeded events share it.</summary>
    public string? OperationId { get; set; }

    /// <summary><c>Administrative</c>, <c>Policy</c>, <c>Security</c>, <c>ServiceHealth</c>…; null on events stored before it was read (all Administrative).</summary>
    public string? Category { get; set; }

    /// <summary><c>BeginRequest</c> or <c>EndRequest</c>, among others.</summary>
    public string? EventName { get; set; }

    /// <summary>The HTTP outcome behind the status, e.g. <c>Accepted</c>, <c>Created</c>, <c>OK</c>.</summary>
    public string? SubStatus { get; set; }

    public override DateTime? EventTime => EventTimestamp;
}
