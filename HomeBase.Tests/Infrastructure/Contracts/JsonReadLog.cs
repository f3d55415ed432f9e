using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Connectors;

namespace HomeBase.Tests.Infrastructure.Contracts;

/// <summary>
/// Watches every field the connectors read (through <see cref="JsonReads"/>) and places it on Microsoft's type:
/// a <see cref="JsonNode"/> by its path from the page, a <see cref="JsonElement"/> by its <c>@odata.type</c> or by the
/// property it was read from. <see cref="Problems"/> lists each read the schema does not allow.
/// </summary>
public sealed class JsonReadLog(MicrosoftSchema schema, Func<string, string?> rootTypeOf, Func<JsonNode, string?>? pageTypeOf = null) : IDisposable
{
    private readonly ConcurrentDictionary<string, ContractRead> reads = new();
    // Per parsed page: the types of its objects by the element's index in the document (JsonElement has no identity of its own).
    private readonly ConditionalWeakTable<JsonDocument, ConcurrentDictionary<int, (JsonElement Element, string TypeRef)>> elementTypes = new();
    private static readonly FieldInfo DocumentField = typeof(JsonElement).GetField("_parent", BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw new InvalidOperationException("JsonElement no longer has _parent: update JsonReadLog.");
    private static readonly FieldInfo IndexField = typeof(JsonElement).GetField("_idx", BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw new InvalidOperationException("JsonElement no longer has _idx: update JsonReadLog.");
    private IDisposable? observing;

    /// <summary>The page type of the stream being read (a list type, or <c>Collection(T)</c> for an OData list).</summary>
    public string? CurrentRoot { get; set; }

    public IReadOnlyCollection<ContractRead> Reads => [.. reads.Values];

    public IReadOnlyList<ContractRead> Problems => [.. reads.Values.Where(r => r.Problem is not null).OrderBy(r => r.ToString(), StringComparer.Ordinal)];

    public JsonReadLog Start()
    {
        observing = JsonReads.Observe(OnRead);
        return this;
    }

    public void Dispose() => observing?.Dispose();

    /// <summary>Selects the page type for the requests of one stream, e.g. <c>alerts</c>.</summary>
    public void ForStream(string stream) => (CurrentStream, CurrentRoot) = (stream, rootTypeOf(stream));

    public string? CurrentStream { get; private set; }

    private static ConcurrentDictionary<int, (JsonElement Element, string TypeRef)> Known(ConditionalWeakTable<JsonDocument, ConcurrentDictionary<int, (JsonElement, string)>> table, JsonElement element) =>
        table.GetValue((JsonDocument)DocumentField.GetValue(element)!, _ => new());

    private static int IndexOf(JsonElement element) => (int)IndexField.GetValue(element)!;

    private void OnRead(object parent, string name, JsonReadKind kind, object? value)
    {
        try
        {
            Record(parent, name, kind, value);
        }
        catch (Exception e)
        {
            // Never disturb the connector: a read this log cannot place is a problem to report, not a crash.
            reads.TryAdd($"error|{name}", new ContractRead(null, name, kind.ToString(), $"could not be placed: {e.GetType().Name}: {e.Message}"));
        }
    }

    private void Record(object parent, string name, JsonReadKind kind, object? value)
    {
        var type = parent switch
        {
            JsonNode node => TypeOfNode(node),
            JsonElement element => TypeOfElement(element),
            _ => null,
        };
        var (typeRef, problem) = Check(type, name, kind);
        if (value is JsonElement child && typeRef is not null && !MicrosoftSchema.IsPrimitive(typeRef)) Known(elementTypes, child).TryAdd(IndexOf(child), (child, typeRef));
        reads.TryAdd($"{type}|{name}|{kind}", new ContractRead(type, name, kind.ToString(), problem is null ? null : $"{problem} (stream {CurrentStream})"));
    }

    private (string? TypeRef, string? Problem) Check(string? type, string name, JsonReadKind kind)
    {
        if (type is null) return (null, "the object read is not one HomeBase can place on Microsoft's schema");
        if (type == Page) return name is "value" or "nextLink" or "@odata.nextLink" or "@odata.deltaLink" ? (null, null) : (null, $"a list page has no '{name}'");
        if (name.StartsWith("@odata.", StringComparison.Ordinal) || name == "@removed") return (null, null);
        var navigation = name.EndsWith("@delta", StringComparison.Ordinal) ? name[..^"@delta".Length] : name;
        var typeRef = schema.PropertyType(type, navigation);
        if (typeRef is null) return (null, $"{type} has no property '{name}'");
        return (typeRef, Compatible(typeRef, kind) ? null : $"{type}.{name} is {typeRef}, read as {kind}");
    }

    private bool Compatible(string typeRef, JsonReadKind kind)
    {
        var collection = MicrosoftSchema.IsCollection(typeRef, out var element);
        var alternatives = element.Split('|');
        bool Any(params string[] edm) => alternatives.Any(a => edm.Contains(a));
        bool IsEnum() => alternatives.Any(a => schema.Type(a)?.IsEnum == true);
        return kind switch
        {
            JsonReadKind.Text => !collection && (Any("Edm.String", "Edm.Guid", "Edm.DateTimeOffset", "Edm.Date", "Edm.Int32", "Edm.Int64", "Edm.Double", "Edm.Boolean", "Edm.Decimal") || IsEnum()),
            JsonReadKind.Integer => !collection && Any("Edm.Int32", "Edm.Int64", "Edm.Int16", "Edm.Byte"),
            JsonReadKind.Number => !collection && Any("Edm.Double", "Edm.Decimal", "Edm.Single", "Edm.Int32", "Edm.Int64"),
            JsonReadKind.Boolean => !collection && Any("Edm.Boolean"),
            JsonReadKind.Time => !collection && Any("Edm.DateTimeOffset", "Edm.Date", "Edm.String"),
            JsonReadKind.TextList => collection && (Any("Edm.String") || IsEnum()),
            JsonReadKind.Structure => collection || !MicrosoftSchema.IsPrimitive(element) && !IsEnum() || Any("Edm.Untyped"),
            JsonReadKind.Localizable => !collection && (Any("Edm.String") || schema.Type(element)?.Properties.ContainsKey("localizedValue") == true),
            _ => false,
        };
    }

    private const string Page = "<page>";

    private string? TypeOfNode(JsonNode node)
    {
        var path = new Stack<(string? Property, int? Index)>();
        var root = node;
        for (; root.Parent is not null; root = root.Parent)
        {
            path.Push(root.Parent is JsonArray ? (null, root.GetElementIndex()) : (root.GetPropertyName(), null));
        }
        // A stream that reads several lists (the subscriptions, then each subscription's data) names each page by its content.
        string? current = pageTypeOf?.Invoke(root) ?? CurrentRoot;
        if (current is null) return null;
        // A single entity (Graph's applications(appId='…'), Defender's exposureScore) is read at its root; anything else at the root is a list page.
        if (path.Count == 0) return (current.StartsWith("microsoft.graph.", StringComparison.Ordinal) || current.StartsWith("mde.", StringComparison.Ordinal))
            && !MicrosoftSchema.IsCollection(current, out _) ? current : Page;
        foreach (var (property, _) in path)
        {
            if (current is null) return null;
            if (property is null)
            {
                current = MicrosoftSchema.IsCollection(current, out var element) ? element : null;
                continue;
            }
            if (MicrosoftSchema.IsCollection(current, out _))
            {
                // An OData list page: its items are under "value".
                current = property == "value" ? current : null;
                continue;
            }
            current = schema.PropertyType(current, property.EndsWith("@delta", StringComparison.Ordinal) ? property[..^"@delta".Length] : property);
        }
        return Resolve(current, node);
    }

    private string? TypeOfElement(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("value", out var items) && items.ValueKind == JsonValueKind.Array) return Page;
        var known = Known(elementTypes, element);
        if (known.TryGetValue(IndexOf(element), out var found)) return Resolve(found.TypeRef, element);
        foreach (var (array, typeRef) in known.Values)
        {
            if (array.ValueKind == JsonValueKind.Array && MicrosoftSchema.IsCollection(typeRef, out var itemType) && array.EnumerateArray().Any(i => IndexOf(i) == IndexOf(element)))
            {
                return Resolve(itemType, element);
            }
        }
        // Otherwise an item of the page being read.
        return CurrentRoot is { } root && MicrosoftSchema.IsCollection(root, out var rootItem) ? Resolve(rootItem, element)
            : CurrentRoot is { } list && schema.PropertyType(list, "value") is { } value && MicrosoftSchema.IsCollection(value, out var listItem) ? Resolve(listItem, element)
            : null;
    }

    /// <summary>A derived type named by the object's own <c>@odata.type</c> wins over the declared one.</summary>
    private string? Resolve(string? declared, object instance)
    {
        var odataType = instance switch
        {
            JsonObject o when o["@odata.type"] is JsonValue v => v.GetValue<string>(),
            JsonElement { ValueKind: JsonValueKind.Object } e when e.TryGetProperty("@odata.type", out var t) && t.ValueKind == JsonValueKind.String => t.GetString(),
            _ => null,
        };
        if (odataType is not null && schema.Type(odataType) is { } derived) return derived.Name;
        return declared;
    }
}
