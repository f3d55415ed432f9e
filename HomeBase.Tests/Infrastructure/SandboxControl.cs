using System.Net.Http.Json;
using System.Text.Json;
using HomeBase.Core.Platform.Azure;
using HomeBase.Sandbox;

namespace HomeBase.Tests.Infrastructure;

/// <summary>Calls a sandbox's control API (<c>/_sandbox/…</c>) over its pinned certificate, wherever the sandbox runs.</summary>
public static class SandboxControl
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static async Task<HttpResponseMessage> SendAsync(SandboxServer sandbox, HttpMethod method, string path, object? body = null)
    {
        using var client = new HttpClient(CustomCaTrust.Handler(CustomCaTrust.LoadPem(sandbox.CertificatePath))) { BaseAddress = new Uri(sandbox.BaseUrl) };
        using var request = new HttpRequestMessage(method, $"/_sandbox{path}");
        if (body is not null) request.Content = JsonContent.Create(body, options: SnakeCase);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
