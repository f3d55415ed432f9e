using System.Text.Json;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>Connector cursor states as they are stored in <see cref="Ingestion.StreamCursor.State"/>.</summary>
internal static class CursorJson
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static T? Read<T>(string? state) where T : class => string.IsNullOrEmpty(state) ? null : JsonSerializer.Deserialize<T>(state, Options);

    public static string? Write<T>(T? state) where T : class => state is null ? null : JsonSerializer.Serialize(state, Options);
}
