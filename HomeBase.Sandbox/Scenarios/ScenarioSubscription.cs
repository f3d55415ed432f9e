namespace HomeBase.Sandbox.Scenarios;

/// <summary>A subscription of a scenario tenant; <paramref name="State"/> is ARM's (Enabled, Warned, PastDue, Disabled, Deleted).</summary>
public sealed record ScenarioSubscription(Guid Id, string Name, IReadOnlyList<string> Roles, string State = "Enabled");
