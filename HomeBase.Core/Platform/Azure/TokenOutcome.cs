namespace HomeBase.Core.Platform.Azure;

/// <summary>A token request's outcome: the roles it carries, or Entra's error (AADSTS code, trace id).</summary>
public sealed record TokenOutcome(bool Succeeded, IReadOnlyList<string> Roles, int? Aadsts, string? Error, string? Message, string? TraceId)
{
    public static TokenOutcome Success(IReadOnlyList<string> roles) => new(true, roles, null, null, null, null);
}
