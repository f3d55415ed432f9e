using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeBase.Core.Ingestion.Records;

internal sealed class RoleAssignmentRecordConfiguration : IngestedRecordConfiguration<RoleAssignmentRecord>
{
    protected override string Table => "IngestedRoleAssignments";

    protected override void ConfigureColumns(EntityTypeBuilder<RoleAssignmentRecord> builder)
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
    }
}
