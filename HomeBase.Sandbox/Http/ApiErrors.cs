using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace HomeBase.Sandbox.Http;

/// <summary>Error bodies in each API's own shape, with the request id a support ticket would quote.</summary>
public static class ApiErrors
{
    public static IResult Graph(HttpContext context, int status, string code, string message)
    {
        var requestId = RequestId(context);
        context.Response.Headers["request-id"] = requestId;
        var clientRequestId = context.Request.Headers["client-request-id"].ToString() is { Length: > 0 } c ? c : requestId;
        return Write(status, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                    ["request-id"] = requestId,
                    ["client-request-id"] = clientRequestId,
                },
            },
        });
    }

    public static IResult Defender(HttpContext context, int status, string code, string message) =>
        Write(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["target"] = RequestId(context) } });

    public static IResult Arm(HttpContext context, int status, string code, string message)
    {
        context.Response.Headers["x-ms-request-id"] = RequestId(context);
        return Write(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });
    }

    private static IResult Write(int status, JsonObject body) => Results.Content(body.ToJsonString(), "application/json; charset=utf-8", statusCode: status);

    public static string RequestId(HttpContext context)
    {
        if (context.Items["sandbox.request-id"] is string existing) return existing;
        var id = Guid.NewGuid().ToString();
        context.Items["sandbox.request-id"] = id;
        return id;
    }
}
