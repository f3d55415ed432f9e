using System.Text.Json.Nodes;

namespace HomeBase.Tests.Infrastructure.Contracts;

/// <summary>
/// Microsoft's published schemas and documented operations, loaded from the contract fixtures: the Graph v1.0
/// CSDL (with the US Government and China clouds), the ARM swagger files, and Defender for Endpoint's documented
/// property tables. The judge of what a connector may read and send, and of what the sandbox may serve.
/// </summary>
public sealed class MicrosoftSchema
{
    private static readonly Lazy<MicrosoftSchema> Loaded = new(() => new MicrosoftSchema());

    private readonly Dictionary<string, ContractType> types = new(StringComparer.Ordinal);

    private MicrosoftSchema()
    {
        var graph = Load("graph-v1.0.json");
        AddTypes(graph);
        AddTypes(Load("arm.json"));
        var defender = Load("defender-endpoint.json");
        AddTypes(defender);
        GraphPaths = graph["paths"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        CloudPaths = graph["clouds"]!.AsObject().ToDictionary(c => c.Key,
            c => (IReadOnlyDictionary<string, string?>)c.Value!["paths"]!.AsObject().ToDictionary(p => p.Key, p => p.Value?.GetValue<string>()));
        var operations = new List<ContractOperation>();
        foreach (var (id, op) in Load("graph-operations.json"))
        {
            operations.Add(new("graph", id, op!["path"]!.GetValue<string>(), Strings(op["queryOptions"]), null, SourceOf(op)));
            foreach (var alternate in op["alternatePaths"]?.AsArray() ?? [])
            {
                operations.Add(new("graph", id, alternate!.GetValue<string>(), Strings(op["queryOptions"]), null, SourceOf(op)));
            }
        }
        foreach (var (id, op) in Load("arm.json")["operations"]!.AsObject())
        {
            operations.Add(new("arm", id, op!["path"]!.GetValue<string>(), Strings(op["query"]), op["response"]?.GetValue<string>(), SourceOf(op)));
        }
        foreach (var (id, op) in defender["operations"]!.AsObject())
        {
            operations.Add(new("defender", id, op!["path"]!.GetValue<string>(), Strings(op["query"]), op["response"]?.GetValue<string>(), SourceOf(op)));
        }
        Operations = operations;
    }

    public static MicrosoftSchema Instance => Loaded.Value;

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Contracts");

    /// <summary>Graph resource paths (<c>auditLogs/signIns</c>) and the collection type each answers.</summary>
    public IReadOnlyDictionary<string, string> GraphPaths { get; }

    /// <summary>The same paths per sovereign cloud (<c>fairfax</c>, <c>mooncake</c>); null where the cloud's schema cannot resolve one.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> CloudPaths { get; }

    public IReadOnlyList<ContractOperation> Operations { get; }

    public ContractType? Type(string name) => types.GetValueOrDefault(name.TrimStart('#'));

    public ContractType RequiredType(string name) => Type(name) ?? throw new KeyNotFoundException($"Microsoft's schema fixtures have no type '{name}'.");

    /// <summary>Defender's pages are loose about case (<c>onboardingstatus</c> in the table, <c>onboardingStatus</c> in $filter).</summary>
    public static bool CaseInsensitive(string typeName) => typeName.StartsWith("mde.", StringComparison.Ordinal);

    /// <summary>
    /// The type of a property or navigation property of a type (inherited ones included), or null when it has none.
    /// On a polymorphic type (ARM's discriminated <c>resourceDetails</c>) a property of one of its derived types counts.
    /// </summary>
    public string? PropertyType(string typeName, string property)
    {
        var type = RequiredType(typeName);
        var comparison = CaseInsensitive(typeName) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var (name, typeRef) in type.Properties.Concat(type.Navigation))
        {
            if (string.Equals(name, property, comparison)) return typeRef;
        }
        return type.DerivedTypes.Select(d => Type(d) is null ? null : PropertyType(d, property)).FirstOrDefault(t => t is not null);
    }

    public static bool IsCollection(string typeRef, out string element)
    {
        var collection = typeRef.StartsWith("Collection(", StringComparison.Ordinal) && typeRef.EndsWith(')');
        element = collection ? typeRef["Collection(".Length..^1] : typeRef;
        return collection;
    }

    public static bool IsPrimitive(string typeRef) => typeRef.Split('|').All(t => t.StartsWith("Edm.", StringComparison.Ordinal));

    private static DateOnly? Date(JsonNode? value) =>
        value?.GetValue<string>() is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;

    private void AddTypes(JsonNode file)
    {
        foreach (var (name, t) in file["types"]!.AsObject())
        {
            types[name] = new ContractType(name, t!["kind"]!.GetValue<string>(),
                (t["properties"]?.AsObject() ?? []).ToDictionary(p => p.Key, p => p.Value!.GetValue<string>()),
                (t["navigation"]?.AsObject() ?? []).ToDictionary(p => p.Key, p => p.Value!.GetValue<string>()),
                Strings(t["members"]), Strings(t["derivedTypes"]),
                (t["deprecated"]?.AsObject() ?? []).ToDictionary(d => d.Key, d => new ContractDeprecation(
                    Date(d.Value?["date"]), Date(d.Value?["removalDate"]), d.Value?["description"]?.GetValue<string>())));
        }
    }

    private static JsonObject Load(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, file)))!.AsObject();

    private static List<string> Strings(JsonNode? array) => array is JsonArray a ? [.. a.Select(i => i!.GetValue<string>())] : [];

    private static string SourceOf(JsonNode op) => op["source"] is { } s ? $"{s["repository"]} · {s["path"]} · {s["commit"]}" : "";
}
