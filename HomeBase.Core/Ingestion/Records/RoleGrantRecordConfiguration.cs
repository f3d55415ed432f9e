using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

/// <summary>The columns and indexes both role lists share.</summary>
internal abstract class RoleGrantRecordConfiguration<T> : IngestedRecordConfiguration<T>
    where T : RoleGrantRecord
{
    protected override void ConfigureColumns(EntityTypeBuilder<T> builder)
    {
        builder.Property(r => r.RoleDefinitionId).HasMaxLength(100);
        builder.Property(r => r.RoleName).HasMaxLength(256);
        builder.Property(r => r.RoleTemplateId).HasMaxLength(100);
        builder.Property(r => r.DirectoryScopeId).HasMaxLength(400);
        builder.Property(r => r.PrincipalId).HasMaxLength(100);
        builder.Property(r => r.PrincipalType).HasMaxLength(40);
        builder.Property(r => r.PrincipalName).HasMaxLength(256);
        builder.Property(r => r.PrincipalUserPrincipalName).HasMaxLength(256);
        builder.Property(r => r.PrincipalAppId).HasMaxLength(100);
        // The Privileged access page lists each role's holders; User 360 a person's roles.
        builder.HasIndex(r => new { r.IntegrationId, r.RoleDefinitionId });
        builder.HasIndex(r => new { r.IntegrationId, r.PrincipalId });
        ConfigureMore(builder);
    }

    protected virtual void ConfigureMore(EntityTypeBuilder<T> builder)
    {
    }
}
