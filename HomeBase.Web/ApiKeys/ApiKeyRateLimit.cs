using System.Threading.RateLimiting;
using HomeBase.Core.ApiKeys;
using HomeBase.Core.Platform.Common;
using Microsoft.Extensions.Options;

namespace HomeBase.Web.ApiKeys;

/// <summary>
/// A token bucket per API key (<see cref="ApiKeyOptions.RequestsPerMinute"/>): one runaway script slows itself down,
/// not every other key of every tenant. The rate limiter runs before authentication, so the bucket is keyed by the
/// presented key's hash; requests without one share their client address's bucket.
/// </summary>
public static class ApiKeyRateLimit
{
    public static RateLimitPartition<string> PartitionFor(HttpContext context)
    {
        var perMinute = context.RequestServices.GetRequiredService<IOptions<ApiKeyOptions>>().Value.RequestsPerMinute;
        var header = context.Request.Headers.Authorization.ToString();
        var partition = header.Length > 0 ? "key:" + Sha256Hex.Of(header) : "address:" + context.Connection.RemoteIpAddress;
        return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
            AutoReplenishment = true,
            QueueLimit = 0,
        });
    }
}
