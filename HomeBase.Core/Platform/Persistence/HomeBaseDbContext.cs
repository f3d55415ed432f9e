using HomeBase.Core.Access;
using HomeBase.Core.ApiKeys;
using HomeBase.Core.Auditing;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Integrations;
using HomeBase.Core.Tenants;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Platform.Persistence;

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

    public DbSet<TenantInvitation> TenantInvitations => Set<TenantInvitation>();

    public DbSet<OwnerClaim> OwnerClaims => Set<OwnerClaim>();

    public DbSet<OwnerSetupToken> OwnerSetupTokens => Set<OwnerSetupToken>();

    public DbSet<Integrations.Connect.ConnectWizardDraft> ConnectWizardDrafts => Set<Integrations.Connect.ConnectWizardDraft>();

    public DbSet<Webhooks.WebhookEndpoint> WebhookEndpoints => Set<Webhooks.WebhookEndpoint>();

    public DbSet<Webhooks.WebhookEvent> WebhookEvents => Set<Webhooks.WebhookEvent>();

    public DbSet<Webhooks.WebhookDelivery> WebhookDeliveries => Set<Webhooks.WebhookDelivery>();

    public DbSet<Webhooks.CredentialNotice> CredentialNotices => Set<Webhooks.CredentialNotice>();

    // Ingestion: where each stream resumes, its health and runs, and one typed table per kind of record.
    public DbSet<StreamCursor> StreamCursors => Set<StreamCursor>();

    public DbSet<StreamHealth> StreamHealth => Set<StreamHealth>();

    public DbSet<StreamRun> StreamRuns => Set<StreamRun>();

    public DbSet<UserRecord> IngestedUsers => Set<UserRecord>();

    public DbSet<GroupRecord> IngestedGroups => Set<GroupRecord>();

    public DbSet<GroupMemberRecord> IngestedGroupMembers => Set<GroupMemberRecord>();

    public DbSet<SignInActivityRecord> IngestedSignInActivity => Set<SignInActivityRecord>();

    public DbSet<RoleEligibilityRecord> IngestedRoleEligibilities => Set<RoleEligibilityRecord>();

    public DbSet<RoleAssignmentScheduleRecord> IngestedRoleAssignmentSchedules => Set<RoleAssignmentScheduleRecord>();

    public DbSet<IncidentRecord> IngestedIncidents => Set<IncidentRecord>();

    public DbSet<MicrosoftSecureScoreRecord> IngestedMicrosoftSecureScores => Set<MicrosoftSecureScoreRecord>();

    public DbSet<SecureScoreControlRecord> IngestedSecureScoreControls => Set<SecureScoreControlRecord>();

    public DbSet<AlertIndicatorRecord> IngestedAlertIndicators => Set<AlertIndicatorRecord>();

    public DbSet<IdentitySensorRecord> IngestedIdentitySensors => Set<IdentitySensorRecord>();

    public DbSet<HostReputationRecord> IngestedHostReputations => Set<HostReputationRecord>();

    public DbSet<DefenderScoreRecord> IngestedDefenderScores => Set<DefenderScoreRecord>();

    public DbSet<SecurityRecommendationRecord> IngestedSecurityRecommendations => Set<SecurityRecommendationRecord>();

    public DbSet<IdentityHealthIssueRecord> IngestedIdentityHealthIssues => Set<IdentityHealthIssueRecord>();

    public DbSet<SignInRecord> IngestedSignIns => Set<SignInRecord>();

    public DbSet<ConditionalAccessPolicyRecord> IngestedConditionalAccessPolicies => Set<ConditionalAccessPolicyRecord>();

    public DbSet<RoleAssignmentRecord> IngestedRoleAssignments => Set<RoleAssignmentRecord>();

    public DbSet<UserRegistrationRecord> IngestedUserRegistrations => Set<UserRegistrationRecord>();

    public DbSet<DirectoryAuditRecord> IngestedDirectoryAudits => Set<DirectoryAuditRecord>();

    public DbSet<RiskyUserRecord> IngestedRiskyUsers => Set<RiskyUserRecord>();

    public DbSet<RiskDetectionRecord> IngestedRiskDetections => Set<RiskDetectionRecord>();

    public DbSet<AlertRecord> IngestedAlerts => Set<AlertRecord>();

    public DbSet<AlertUserRecord> IngestedAlertUsers => Set<AlertUserRecord>();

    public DbSet<MachineRecord> IngestedMachines => Set<MachineRecord>();

    public DbSet<VulnerabilityRecord> IngestedVulnerabilities => Set<VulnerabilityRecord>();

    public DbSet<ActivityLogRecord> IngestedActivityLogs => Set<ActivityLogRecord>();

    public DbSet<RecommendationRecord> IngestedRecommendations => Set<RecommendationRecord>();

    public DbSet<ComplianceStandardRecord> IngestedComplianceStandards => Set<ComplianceStandardRecord>();

    public DbSet<ComplianceControlRecord> IngestedComplianceControls => Set<ComplianceControlRecord>();

    public DbSet<SecureScoreRecord> IngestedSecureScores => Set<SecureScoreRecord>();

    public DbSet<SecureScoreDayRecord> IngestedSecureScoreHistory => Set<SecureScoreDayRecord>();

    public DbSet<Dashboards.Rollups.Rollup> Rollups => Set<Dashboards.Rollups.Rollup>();

    public DbSet<Dashboards.Rollups.RollupDirtyHour> RollupDirtyHours => Set<Dashboards.Rollups.RollupDirtyHour>();

    /// <summary>The SQL of a filter "this nullable column is null", in the provider's quoting.</summary>
    protected internal abstract string IsNullFilter(string column);

    /// <summary>
    /// The provider's collation that compares text by its bytes (null where that is the default, as on SQLite), for
    /// the search keys: a prefix is a range in that order, and only that order keeps the range's matches together.
    /// </summary>
    protected internal virtual string? ByteOrderCollation => null;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HomeBaseDbContext).Assembly);
        IntegrationConfiguration.Configure(modelBuilder.Entity<Integration>(), IsNullFilter);
        if (ByteOrderCollation is { } collation)
        {
            foreach (var key in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                         .Where(p => p.PropertyInfo?.IsDefined(typeof(Search.SearchKeyAttribute), inherit: false) == true))
            {
                key.SetCollation(collation);
            }
        }
        foreach (var versioned in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            modelBuilder.Entity(versioned.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RaiseVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RaiseVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Every changed <see cref="IVersioned"/> row is written as the next version, and only if it is still the version read.</summary>
    private void RaiseVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified)) entry.Entity.Version++;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; SQLite would otherwise hand DateTimes back as Unspecified.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
