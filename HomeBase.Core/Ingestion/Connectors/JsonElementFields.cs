using System.Globalization;
using System.Text.Json;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// The lenient reads of <see cref="JsonFields"/> over a <see cref="JsonDocument"/>'s elements, for the event lists
/// read without a tree: a missing or differently typed field is null (or 0), never an exception.
/// </summary>
internal static class JsonElementFields
{
    /// <summary>A property, or an undefined element when there is none (every read of it is then null).</summary>
    public static JsonElement Get(this JsonElement element, string name) => element.Read(name, JsonReadKind.Structure);

    private static JsonElement Read(this JsonElement element, string name, JsonReadKind kind)
    {
        var value = element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var found) ? found : default;
        JsonReads.Note(element, name, kind, value.ValueKind == JsonValueKind.Undefined ? null : value);
        return value;
    }

    public static string? Str(this JsonElement element, string name)
    {
        var value = element.Read(name, JsonReadKind.Text);
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
    }

    public static bool? Bool(this JsonElement element, string name) => element.Read(name, JsonReadKind.Boolean).ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static int Int(this JsonElement element, string name) =>
        element.Read(name, JsonReadKind.Integer) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var i) ? i : 0;

    /// <summary>An ISO 8601 time, or the export format <c>yyyy-MM-dd HH:mm:ss</c>; always UTC.</summary>
    public static DateTime? Time(this JsonElement element, string name) =>
        element.Read(name, JsonReadKind.Time) is { ValueKind: JsonValueKind.String } value && value.GetString() is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time.UtcDateTime : null;

    /// <summary>An enum member as the schema spells it (camelCase), though an example may write it in PascalCase (<see cref="JsonFields.EnumMember"/>).</summary>
    public static string? EnumMember(this JsonElement element, string name) => JsonFields.SchemaCase(element.Str(name));

    /// <summary>A string array, comma-joined.</summary>
    public static string? Joined(this JsonElement element, string name) =>
        element.Read(name, JsonReadKind.TextList) is { ValueKind: JsonValueKind.Array } array
            ? string.Join(',', array.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()))
            : null;

    /// <summary>The first item of an array property; undefined when there is none.</summary>
    public static JsonElement First(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Array } array && array.GetArrayLength() > 0 ? array[0] : default;

    /// <summary>The next page: Graph's <c>@odata.nextLink</c> or ARM's <c>nextLink</c>.</summary>
    public static string? NextLink(this JsonDocument page) => page.RootElement.Str("@odata.nextLink") ?? page.RootElement.Str("nextLink");

    public static IEnumerable<JsonElement> Items(this JsonDocument page) =>
        page.RootElement.GetProperty("value").EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object);
}
