using System.Reflection;
using System.Text.Json;

namespace HomeBase.Sandbox.Scenarios;

/// <summary>The sandbox tenants as the scenario file describes them at start.</summary>
public sealed record Scenario(IReadOnlyList<ScenarioTenant> Tenants)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Reads <paramref name="path"/>, or the built-in Scenarios/tenants.json when it is null.</summary>
    public static Scenario Load(string? path)
    {
        using var stream = path is null
            ? Assembly.GetExecutingAssembly().GetManifestResourceStream("HomeBase.Sandbox.tenants.json")!
            : File.OpenRead(path);
        var scenario = JsonSerializer.Deserialize<Scenario>(stream, Json)
            ?? throw new InvalidOperationException($"The scenario file {path} is empty.");
        if (scenario.Tenants.Select(t => t.Name).Distinct().Count() != scenario.Tenants.Count)
        {
            throw new InvalidOperationException("Sandbox tenant names must be unique.");
        }
        return scenario;
    }
}
