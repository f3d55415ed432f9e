using HomeBase.Core.Platform.Common;

namespace HomeBase.Web.Platform.Api;

/// <summary>Turns a Core <see cref="Failure"/> into RFC 7807 problem details with a stable <c>code</c>.</summary>
public static class ApiProblems
{
    public static IResult From(Failure failure)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = failure.Code };
        if (failure.Errors is { Count: > 0 }) extensions["errors"] = failure.Errors;
        foreach (var (key, value) in failure.Extensions ?? new Dictionary<string, object?>()) extensions[key] = value;
        return TypedResults.Problem(failure.Detail, statusCode: failure.Status, title: failure.Title, extensions: extensions);
    }
}
