using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class SignInRecordConfiguration : IngestedRecordConfiguration<SignInRecord>
{
    protected override string Table => "IngestedSignIns";

    protected override void ConfigureColumns(EntityTypeBuilder<SignInRecord> builder)
    {
        builder.Property(s => s.UserId).HasMaxLength(64);
        builder.Property(s => s.UserPrincipalName).HasMaxLength(256);
        builder.Property(s => s.CountryOrRegion).HasMaxLength(8);
        builder.Property(s => s.ConditionalAccessStatus).HasMaxLength(20);
        builder.Property(s => s.RiskLevelDuringSignIn).HasMaxLength(20);
        // Keyed in time order: a sign-in's id is random, and a key on it alone sends every insert of a backfill to
        // a random page of a key index far larger than SQLite's cache (on SQL Server, of the clustered table). A
        // sign-in's time never changes, so (integration, time, id) names the same event as (integration, id) does,
        // and a re-read page still finds its rows; but new rows now land together at the key's end.
        builder.HasKey(s => new { s.IntegrationId, s.CreatedAt, s.SourceId });
        // Dashboards read a time window, and a user's recent sign-ins.
        // Covering the records table's usual filters (result, Conditional Access), so its count reads only the index.
        builder.HasIndex(s => new { s.IntegrationId, s.CreatedAt, s.ErrorCode, s.ConditionalAccessStatus });
        builder.HasIndex(s => new { s.IntegrationId, s.UserId, s.CreatedAt });
        // Search finds the sign-ins from an IP address, newest first.
        builder.Property(s => s.IpAddress).HasMaxLength(64);
        builder.HasIndex(s => new { s.IntegrationId, s.IpAddress, s.CreatedAt });
    }
}
