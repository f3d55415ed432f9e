using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HomeBase.Web.Platform.Api;

/// <summary>
/// Checks a JSON document against a request type before it is deserialized, so that every unknown field,
/// repeated field and wrong type is reported at once, by its path, instead of the first one as an exception.
/// </summary>
internal static class JsonShapeChecker
{
    public static Dictionary<string, string[]> Check(JsonElement root, Type type, JsonSerializerOptions options)
    {
        var errors = new Dictionary<string, List<string>>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            Add(errors, "$", "The request body must be a JSON object.");
        }
        else
        {
            CheckObject(root, type, path: string.Empty, options, errors);
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void CheckValue(JsonElement value, Type type, string path, JsonSerializerOptions options, Dictionary<string, List<string>> errors)
    {
        if (value.ValueKind == JsonValueKind.Null) return; // null means "not given"; the validator decides whether that is allowed.
        type = Nullable.GetUnderlyingType(type) ?? type;

        if (type == typeof(string))
        {
            if (value.ValueKind != JsonValueKind.String) Add(errors, path, "Must be a string.");
        }
        else if (type == typeof(bool))
        {
            if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) Add(errors, path, "Must be true or false.");
        }
        else if (type == typeof(int))
        {
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out _)) Add(errors, path, "Must be a whole number.");
        }
        else if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            // An offset (Z or ±hh:mm) is required: a bare local time would be read in the server's zone.
            if (value.ValueKind != JsonValueKind.String || !value.TryGetDateTimeOffset(out _)
                || !System.Text.RegularExpressions.Regex.IsMatch(value.GetString()!, @"(Z|[+-]\d{2}:\d{2})$"))
            {
                Add(errors, path, "Must be a date and time in ISO 8601 with its offset, such as 2028-11-27T00:00:00Z.");
            }
        }
        else if (type == typeof(List<string>))
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                Add(errors, path, "Must be an array of strings.");
                return;
            }
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String) Add(errors, $"{path}[{index}]", "Must be a string.");
                index++;
            }
        }
        else if (value.ValueKind != JsonValueKind.Object)
        {
            Add(errors, path, "Must be an object.");
        }
        else
        {
            CheckObject(value, type, path, options, errors);
        }
    }

    private static void CheckObject(JsonElement value, Type type, string path, JsonSerializerOptions options, Dictionary<string, List<string>> errors)
    {
        var typeInfo = options.GetTypeInfo(type);
        var properties = typeInfo.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            var propertyPath = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            if (!seen.Add(property.Name))
            {
                Add(errors, propertyPath, "Appears more than once.");
            }
            else if (properties.TryGetValue(property.Name, out JsonPropertyInfo? info))
            {
                CheckValue(property.Value, info.PropertyType, propertyPath, options, errors);
            }
            else
            {
                Add(errors, propertyPath, $"Unknown field. Fields allowed here: {string.Join(", ", properties.Keys)}.");
            }
        }
    }

    private static void Add(Dictionary<string, List<string>> errors, string path, string message)
    {
        if (!errors.TryGetValue(path, out var list)) errors[path] = list = [];
        list.Add(message);
    }
}
