using HomeBase.Core.Platform.Common;

namespace HomeBase.Core.Integrations;

public static class IntegrationFailures
{
    // Says nothing about whether the other tenant exists.
    public static Failure TenantForbidden { get; } = new(
        "tenant_forbidden", 403, "Not allowed for this tenant",
        "tenant_id must be the tenant this API key belongs to; a key cannot act on any other tenant.",
        new Dictionary<string, string[]> { ["tenant_id"] = ["Must be the tenant this API key belongs to."] });

    public static Failure IdempotencyKeyReused { get; } = new(
        "idempotency_key_reused", 422, "Idempotency-Key already used",
        "This Idempotency-Key was already used with a different request body. Use a new key for a different request.");

    /// <summary>
    /// 422 when Entra refused the credentials; 502 when it could not be asked. Names the cause and the fix;
    /// nothing is saved.
    /// </summary>
    public static Failure CredentialsRejected(Verification.CredentialFailure failure) => new(
        failure.Code, failure.IsRefusal ? 422 : 502, failure.IsRefusal ? "Azure refused the credentials" : "Azure could not be asked",
        $"{failure.Cause} {failure.Fix}", null,
        new Dictionary<string, object?>
        {
            ["cause"] = failure.Cause,
            ["fix"] = failure.Fix,
            ["fix_url"] = failure.FixUrl,
            ["aadsts"] = failure.Aadsts,
            ["trace_id_microsoft"] = failure.TraceId,
            ["microsoft_message"] = failure.Message,
        });

    public static Failure AlreadyExists(string existingId) => new(
        "integration_exists", 409, "Integration already exists",
        $"Integration {existingId} already connects this Azure tenant with this client id. Update or delete it instead of creating another.");
}
