namespace HomeBase.Core.Ingestion.Streams;

/// <summary>Which API a stream reads, and so which token it needs.</summary>
public enum AzureApi
{
    Graph,
    Defender,
    ResourceManager,
}
