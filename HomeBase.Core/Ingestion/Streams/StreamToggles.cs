namespace HomeBase.Core.Ingestion.Streams;

public static class StreamToggles
{
    public const string EntraId = "ingest_entra_id";
    public const string Defender = "ingest_defender";
    public const string ActivityLogs = "ingest_activity_logs";
    public const string DefenderForCloud = "ingest_defender_for_cloud";
}
