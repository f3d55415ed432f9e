using Microsoft.AspNetCore.Http;

namespace HomeBase.Sandbox.Http;

/// <summary>The token endpoint's error body, as Entra sends it.</summary>
internal static class EntraError
{
    public static IResult Result(int code, string error, int status, string message, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var trace = Guid.NewGuid();
        var correlation = Guid.NewGuid();
        var stamp = now.ToString("yyyy-MM-dd HH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var body = new Dictionary<string, object>
        {
            ["error"] = error,
            ["error_description"] = $"AADSTS{code}: {message} Trace ID: {trace} Correlation ID: {correlation} Timestamp: {stamp}",
            ["error_codes"] = new[] { code },
            ["timestamp"] = stamp,
            ["trace_id"] = trace,
            ["correlation_id"] = correlation,
            ["error_uri"] = $"https://login.microsoftonline.com/error?code={code}",
        };
        return Results.Json(body, statusCode: status);
    }
}
