using HomeBase.Core.Common;

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

    public static Failure AlreadyExists(string existingId) => new(
        "integration_exists", 409, "Integration already exists",
        $"Integration {existingId} already connects this Azure tenant with this client id. Update or delete it instead of creating another.");
}
