using System.Text.Json;
using FluentValidation.Results;

namespace HomeBase.Core.Platform.Common;

/// <summary>Turns FluentValidation results into field errors keyed by the wire's snake_case paths.</summary>
public static class ValidationFailures
{
    public static Failure ToFailure(ValidationResult result)
    {
        var errors = result.Errors
            .GroupBy(e => ToFieldPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return Failure.Validation(errors);
    }

    /// <summary><c>Credentials.ClientId</c> → <c>credentials.client_id</c>; <c>Config.SubscriptionIds[2]</c> → <c>config.subscription_ids[2]</c>.</summary>
    public static string ToFieldPath(string propertyName)
    {
        var segments = propertyName.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(segment =>
        {
            var bracket = segment.IndexOf('[');
            var name = bracket < 0 ? segment : segment[..bracket];
            var index = bracket < 0 ? string.Empty : segment[bracket..];
            return JsonNamingPolicy.SnakeCaseLower.ConvertName(name) + index;
        });
        var path = string.Join('.', segments);
        return path.Length == 0 ? "$" : path;
    }
}
