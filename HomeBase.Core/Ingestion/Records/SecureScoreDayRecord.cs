namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// A subscription's secure score on one day, for the score's trend. The snapshot is replaced each run; this
/// keeps the last reading of each day (its source id is <c>{subscriptionId}/{yyyy-MM-dd}</c>).
/// </summary>
public sealed class SecureScoreDayRecord : IngestedRecord
{
    public required string SubscriptionId { get; set; }

    public DateTime Day { get; set; }

    public double Current { get; set; }

    public double Max { get; set; }

    public override DateTime? EventTime => Day;

    public static string KeyOf(string subscriptionId, DateTime day) => $"{subscriptionId}/{day:yyyy-MM-dd}";
}
