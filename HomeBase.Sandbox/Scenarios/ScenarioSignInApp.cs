namespace HomeBase.Sandbox.Scenarios;

/// <summary>
/// An app registration people sign in to HomeBase with (Entra ID mode), as an operator would register it in their
/// own directory, with the app roles each person is assigned.
/// </summary>
public sealed record ScenarioSignInApp(Guid ClientId, string ClientSecret, IReadOnlyList<ScenarioPerson> People);
