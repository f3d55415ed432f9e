using System.Globalization;
using System.Text.Json.Nodes;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>Lenient reads of Microsoft's JSON: a missing or differently typed field is null, never an exception.</summary>
internal static class JsonFields
{
    private static JsonNode? Read(this JsonNode? node, string name, JsonReadKind kind)
    {
        if (node is not JsonObject o) return null;
        var value = o[name];
        JsonReads.Note(o, name, kind, value);
        return value;
    }

    /// <summary>A property to read further into; null when there is none.</summary>
    public static JsonNode? Get(this JsonNode? node, string name) => node.Read(name, JsonReadKind.Structure);

    public static string? Str(this JsonNode? node, string name) =>
        node.Read(name, JsonReadKind.Text) is JsonValue v ? v.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => v.GetValue<string>(),
            System.Text.Json.JsonValueKind.Number or System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => v.ToJsonString(),
            _ => null,
        } : null;

    /// <summary>
    /// An enum member as the schema spells it, camelCase (<c>truePositive</c>, <c>global</c>): some of Microsoft's examples write
    /// members in PascalCase (<c>TruePositive</c>, <c>Global</c>), and a stored value must match either way.
    /// </summary>
    public static string? EnumMember(this JsonNode? node, string name) => SchemaCase(node.Str(name));

    /// <summary>An enum member with its first letter lower-cased, as the schema spells every member.</summary>
    internal static string? SchemaCase(string? value) =>
        value is { Length: > 0 } && char.IsUpper(value[0]) ? char.ToLowerInvariant(value[0]) + value[1..] : value;

    /// <summary>A localizable ARM value (<c>{value, localizedValue}</c>) or a plain string.</summary>
    public static string? Localized(this JsonNode? node, string name) => node.Read(name, JsonReadKind.Localizable) switch
    {
        JsonObject localizable => localizable.Str("value"),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => v.GetValue<string>(),
        _ => null,
    };

    public static bool? Bool(this JsonNode? node, string name) =>
        node.Read(name, JsonReadKind.Boolean) is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    public static int Int(this JsonNode? node, string name) =>
        node.Read(name, JsonReadKind.Integer) is JsonValue v && v.TryGetValue<int>(out var i) ? i : 0;

    /// <summary>A number, or a number written as a string (Defender documents <c>cvssScore</c> both ways).</summary>
    public static double? Double(this JsonNode? node, string name) =>
        node.Read(name, JsonReadKind.Number) is JsonValue v
            ? v.TryGetValue<double>(out var d) ? d
            : v.TryGetValue<string>(out var s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null
            : null;

    /// <summary>An ISO 8601 time, or the export format <c>yyyy-MM-dd HH:mm:ss</c>; always UTC.</summary>
    public static DateTime? Time(this JsonNode? node, string name) =>
        node.Read(name, JsonReadKind.Time) is JsonValue v && v.TryGetValue<string>(out var text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time.UtcDateTime : null;

    /// <summary>A string array, comma-joined.</summary>
    public static string? Joined(this JsonNode? node, string name) =>
        node.Read(name, JsonReadKind.TextList) is JsonArray a ? string.Join(',', a.Select(i => i is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>()) : null;

    /// <summary>A string array, one item per line: for sentences, which contain commas.</summary>
    public static string? Lines(this JsonNode? node, string name) =>
        node.Read(name, JsonReadKind.TextList) is JsonArray a ? string.Join('\n', a.Select(i => i is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>()) : null;

    public static string Iso(DateTime time) => time.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    /// <summary>The next page: Graph's <c>@odata.nextLink</c> or ARM's <c>nextLink</c>.</summary>
    public static string? NextLink(this JsonObject page) => page.Str("@odata.nextLink") ?? page.Str("nextLink");

    public static IEnumerable<JsonObject> Items(this JsonObject page) => page["value"]!.AsArray().OfType<JsonObject>();
}
