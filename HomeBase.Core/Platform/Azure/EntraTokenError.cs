using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Identity;
using Microsoft.Identity.Client;

namespace HomeBase.Core.Platform.Azure;

/// <summary>
/// Entra's refusal of a token request, read from the token endpoint's JSON (<c>error</c>, <c>error_description</c>,
/// <c>error_codes</c>, <c>trace_id</c>) that MSAL keeps as <see cref="MsalServiceException.ResponseBody"/> inside
/// Azure.Identity's exception (MSAL's own parsed error codes are not public): the code is a parsed number, so nothing
/// has to find "AADSTS…" in a message whose wording Microsoft changes.
/// </summary>
internal sealed record EntraTokenError(int? Code, string Error, string Message, string? TraceId)
{
    public static EntraTokenError From(AuthenticationFailedException exception)
    {
        var service = Find<MsalServiceException>(exception);
        var body = Parse(service?.ResponseBody);
        var code = FirstCode(body?["error_codes"] as JsonArray);
        var error = service?.ErrorCode ?? Text(body?["error"])
            ?? (Find<HttpRequestException>(exception) is not null ? "unreachable" : "authentication_failed");
        // Entra puts the trace and correlation ids and a timestamp on lines after the description itself.
        var description = Text(body?["error_description"]) ?? service?.Message ?? exception.Message;
        return new EntraTokenError(code, error, FirstLine(description), Text(body?["trace_id"]));
    }

    private static JsonObject? Parse(string? responseBody)
    {
        if (string.IsNullOrWhiteSpace(responseBody)) return null;
        try
        {
            return JsonNode.Parse(responseBody) as JsonObject;
        }
        catch (JsonException)
        {
            // A proxy's HTML page rather than Entra's answer: no code to read.
            return null;
        }
    }

    /// <summary>The first of <c>error_codes</c>: Entra sends numbers; a string of digits is read too.</summary>
    private static int? FirstCode(JsonArray? codes) => codes?.FirstOrDefault() switch
    {
        JsonValue value when value.TryGetValue<int>(out var number) => number,
        JsonValue value when value.TryGetValue<string>(out var text)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end > 0 ? text[..end] : text;
    }

    private static T? Find<T>(Exception e) where T : Exception
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            if (current is T match) return match;
        }
        return null;
    }
}
