namespace HomeBase.Core.Integrations.Verification;

/// <summary>One row of the capability grid (docs/specification.md §4).</summary>
public sealed record StreamCheck(
    string Stream,
    string DisplayName,
    bool Enabled,
    string Status,
    string? Permission,
    string? Licence,
    string? Fix,
    string? FixUrl,
    string? Detail,
    string? RequestId,
    string? Note);
