using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Core.Auditing;

public static class AuditingServiceCollectionExtensions
{
    /// <summary>The audit trail that changes write to, and the audit log that pages read.</summary>
    public static IServiceCollection AddAuditingServices(this IServiceCollection services) =>
        services.AddSingleton<AuditTrail>().AddSingleton<AuditLogService>();
}
