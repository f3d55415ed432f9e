using System.Net;
using System.Text.Json;

namespace HomeBase.Tests.Infrastructure;

public static class ProblemAssertions
{
    /// <summary>Asserts an RFC 7807 problem with the status and code, and returns it.</summary>
    public static async Task<Problem> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        Assert.Equal(code, root.GetProperty("code").GetString());
        var errors = root.TryGetProperty("errors", out var e)
            ? e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray())
            : new Dictionary<string, string[]>();
        return new Problem((int)status, code, root.GetProperty("title").GetString()!,
            root.TryGetProperty("detail", out var d) ? d.GetString() : null, errors);
    }

    /// <summary>Asserts a validation problem with an error on each of <paramref name="fields"/>; returns the messages.</summary>
    public static async Task<IReadOnlyDictionary<string, string[]>> ShouldBeValidationProblemAsync(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        foreach (var field in fields)
        {
            Assert.True(problem.Errors.ContainsKey(field), $"No error for '{field}'; errors: {string.Join(", ", problem.Errors.Keys)}");
        }
        return problem.Errors;
    }
}
