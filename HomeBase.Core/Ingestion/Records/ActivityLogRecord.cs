namespace HomeBase.Core.Ingestion.Records;

/// <summary>An Azure Activity Log event of one subscription; its source id is the event's <c>eventDataId</c>.</summary>
public sealed class ActivityLogRecord : IngestedRecord
{
    public required string SubscriptionId { get; set; }

    public DateTime EventTimestamp { get; set; }

    public string? OperationName { get; set; }

    public string? Status { get; set; }

    public string? Level { get; set; }

    public string? Caller { get; set; }

    public string? ResourceGroupName { get; set; }

    public string? ResourceId { get; set; }

    public string? CorrelationId { get; set; }

    public override DateTime? EventTime => EventTimestamp;
}
