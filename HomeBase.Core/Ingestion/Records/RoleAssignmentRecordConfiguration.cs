namespace HomeBase.Core.Ingestion.Records;

internal sealed class RoleAssignmentRecordConfiguration : RoleGrantRecordConfiguration<RoleAssignmentRecord>
{
    protected override string Table => "IngestedRoleAssignments";
}
