using HomeBase.Core.Access;
using HomeBase.Core.ApiKeys;
using HomeBase.Core.Auditing;
using HomeBase.Core.Integrations;
using HomeBase.Core.Tenants;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Persistence;

/// <summary>
/// The HomeBase database. Each provider has its own subclass so that each keeps its own migrations
/// (a SQLite-generated migration is wrong on SQL Server).
/// </summary>
public abstract class HomeBaseDbContext(DbContextOptions options) : IdentityDbContext<HomeBaseUser>(options), IDataProtectionKeyContext
{
    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Integration> Integrations => Set<Integration>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<TenantMembership> TenantMemberships => Set<TenantMembership>();

    public DbSet<Onboarding.SetupDraft> SetupDrafts => Set<Onboarding.SetupDraft>();

    public DbSet<Webhooks.WebhookEndpoint> WebhookEndpoints => Set<Webhooks.WebhookEndpoint>();

    public DbSet<Webhooks.WebhookEvent> WebhookEvents => Set<Webhooks.WebhookEvent>();

    public DbSet<Webhooks.WebhookDelivery> WebhookDeliveries => Set<Webhooks.WebhookDelivery>();

    public DbSet<Webhooks.CredentialNotice> CredentialNotices => Set<Webhooks.CredentialNotice>();

    /// <summary>The SQL of a filter "this nullable column is null", in the provider's quoting.</summary>
    protected internal abstract string IsNullFilter(string column);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HomeBaseDbContext).Assembly);
        IntegrationConfiguration.Configure(modelBuilder.Entity<Integration>(), IsNullFilter);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; SQLite would otherwise hand DateTimes back as Unspecified.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
