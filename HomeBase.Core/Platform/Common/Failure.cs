namespace HomeBase.Core.Platform.Common;

/// <summary>
/// A refusal from a Core service: a stable machine-readable <see cref="Code"/>, the HTTP status it maps to,
/// and words for a person. Field errors are keyed by the request's own field paths.
/// </summary>
public sealed record Failure(
    string Code,
    int Status,
    string Title,
    string Detail,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    /// <summary>What to tell a person: every field message, or the detail when there are none.</summary>
    public string Explanation => Errors is null ? Detail : string.Join(" ", Errors.SelectMany(e => e.Value));

    public static Failure NotFound(string what) =>
        new("not_found", 404, "Not found", $"No {what} with that id exists in this tenant.");

    /// <summary>A change that lost a race: what it was based on changed meanwhile (another person, instance or job).</summary>
    public static Failure Conflict(string what) =>
        new("conflict", 409, "Changed meanwhile", $"The {what} was changed by someone or something else while this request ran, so nothing was saved. Reload it and try again.");

    public static Failure Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new("validation_failed", 400, "The request is not valid", "See `errors` for what to correct in each field.", errors);
}
