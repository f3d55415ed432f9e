using System.Text.Json;
using System.Text.Json.Nodes;

namespace HomeBase.Tests.Infrastructure.Contracts;

/// <summary>
/// Checks a JSON response against Microsoft's schema: every property is one the type has, every value has the
/// property's type, every enum value is a listed member. What the sandbox serves must pass, so that it cannot
/// drift from Microsoft again.
/// </summary>
public sealed class SchemaValidator(MicrosoftSchema schema)
{
    /// <summary>
    /// Where Microsoft's own response example contradicts its property table, the example is what the service sends:
    /// these fields appear in the example (with the example's JSON type) though the table lacks them or types them otherwise.
    /// </summary>
    private static readonly Dictionary<(string Type, string Property), string> ShownByExamples = new()
    {
        [("mde.machine", "isAadJoined")] = "examples/mde/ListMachines.json",
        [("mde.machine", "rbacGroupId")] = "examples/mde/ListMachines.json (a number; the table says String)",
        [("mde.softwareVulnerabilityByMachine", "osVersion")] = "examples/mde/ExportSoftwareVulnerabilitiesByMachine.json",
        [("mde.softwareVulnerabilityByMachine", "osArchitecture")] = "examples/mde/ExportSoftwareVulnerabilitiesByMachine.json",
        [("mde.softwareVulnerabilityByMachine", "recommendedSecurityUpdateUrl")] = "examples/mde/ExportSoftwareVulnerabilitiesByMachine.json",
    };

    /// <summary>Items of a list checked per response: enough to meet every shape the sandbox makes.</summary>
    private const int ItemsPerList = 400;

    public List<string> Validate(JsonNode? value, string typeRef, string path = "$")
    {
        var problems = new List<string>();
        Check(value, typeRef, path, problems);
        return problems;
    }

    /// <summary>A list page: an ARM list type, or an OData <c>Collection(T)</c> under <c>value</c>.</summary>
    public List<string> ValidatePage(JsonNode page, string pageType)
    {
        if (!MicrosoftSchema.IsCollection(pageType, out _)) return Validate(page, pageType);
        var problems = new List<string>();
        foreach (var (name, _) in page.AsObject().Where(p => p.Key != "value" && !p.Key.StartsWith("@odata.", StringComparison.Ordinal)))
        {
            problems.Add($"$.{name}: an OData list page has no '{name}'");
        }
        Check(page["value"], pageType, "$.value", problems);
        return problems;
    }

    private void Check(JsonNode? value, string typeRef, string path, List<string> problems)
    {
        if (value is null) return;
        if (MicrosoftSchema.IsCollection(typeRef, out var element))
        {
            if (value is not JsonArray array)
            {
                problems.Add($"{path}: {typeRef} expected, got {value.GetValueKind()}");
                return;
            }
            for (var i = 0; i < Math.Min(array.Count, ItemsPerList); i++) Check(array[i], element, $"{path}[{i}]", problems);
            return;
        }
        var alternatives = typeRef.Split('|');
        if (alternatives.All(a => a.StartsWith("Edm.", StringComparison.Ordinal)))
        {
            if (!alternatives.Any(a => PrimitiveFits(a, value))) problems.Add($"{path}: {typeRef} expected, got {value.ToJsonString()}");
            return;
        }
        var type = schema.RequiredType(typeRef);
        if (type.IsEnum)
        {
            var comparison = MicrosoftSchema.CaseInsensitive(type.Name) ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.String) problems.Add($"{path}: {type.Name} member expected, got {value.ToJsonString()}");
            else if (!v.GetValue<string>().Split(',').All(m => type.Members.Contains(m.Trim(), comparison)))
            {
                problems.Add($"{path}: '{v.GetValue<string>()}' is not a member of {type.Name} [{string.Join(", ", type.Members)}]");
            }
            return;
        }
        if (value is not JsonObject o)
        {
            problems.Add($"{path}: object of {type.Name} expected, got {value.ToJsonString()}");
            return;
        }
        var actual = o["@odata.type"] is JsonValue t && schema.Type(t.GetValue<string>()) is { } derived ? derived.Name : type.Name;
        foreach (var (name, child) in o)
        {
            if (name.StartsWith("@odata.", StringComparison.Ordinal) || name == "@removed") continue;
            var property = name.EndsWith("@delta", StringComparison.Ordinal) ? name[..^"@delta".Length] : name;
            if (ShownByExamples.ContainsKey((actual, property))) continue;
            if (schema.PropertyType(actual, property) is not { } childType)
            {
                problems.Add($"{path}.{name}: {actual} has no property '{name}'");
                continue;
            }
            Check(child, childType, $"{path}.{name}", problems);
        }
    }

    private static bool PrimitiveFits(string edm, JsonNode value)
    {
        var kind = value.GetValueKind();
        return edm switch
        {
            "Edm.Untyped" => true,
            "Edm.String" or "Edm.Binary" or "Edm.Date" or "Edm.TimeOfDay" or "Edm.Duration" => kind == JsonValueKind.String,
            "Edm.Guid" => kind == JsonValueKind.String && Guid.TryParse(value.GetValue<string>(), out _),
            "Edm.DateTimeOffset" => kind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _),
            "Edm.Boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "Edm.Int16" or "Edm.Int32" or "Edm.Int64" or "Edm.Byte" => kind == JsonValueKind.Number && value.AsValue().TryGetValue<long>(out _),
            "Edm.Double" or "Edm.Single" or "Edm.Decimal" => kind == JsonValueKind.Number,
            _ => false,
        };
    }
}
