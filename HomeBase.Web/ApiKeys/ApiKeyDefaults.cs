namespace HomeBase.Web.ApiKeys;

public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";
    public const string Policy = "ApiKey";
    public const string TenantClaim = "homebase:tenant_id";
    public const string KeyIdClaim = "homebase:api_key_id";
    public const string ScopeClaim = "homebase:scope";
    public const string RateLimitPolicy = "ApiKey";
}
