namespace HomeBase.Core.Integrations;

/// <summary>
/// The integrations that exist for the product: a deleted one keeps its row (its audit trail and idempotency records
/// point at it) with <see cref="Integration.DeletedAt"/> set, and every query of live ones goes through here.
/// </summary>
public static class LiveIntegrations
{
    public static IQueryable<Integration> Live(this IQueryable<Integration> integrations) =>
        integrations.Where(i => i.DeletedAt == null);

    /// <summary>The live integrations of one HomeBase tenant.</summary>
    public static IQueryable<Integration> LiveOf(this IQueryable<Integration> integrations, string tenantId) =>
        integrations.Live().Where(i => i.TenantId == tenantId);
}
