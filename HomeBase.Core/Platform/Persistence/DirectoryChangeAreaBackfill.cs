namespace HomeBase.Core.Platform.Persistence;

/// <summary>
/// Files the directory audits stored before areas existed, by category and activity the way
/// <c>DirectoryChangeClassifier</c> does. Signals need the audit's modified properties, which were never stored, so
/// old rows get none. Standard SQL with quoted names: the same text runs on SQLite, SQL Server and PostgreSQL.
/// </summary>
internal static class DirectoryChangeAreaBackfill
{
    public const string Sql = """
        UPDATE "IngestedDirectoryAudits" SET "Area" = CASE
            WHEN "ActivityDisplayName" IN ('Add service principal credentials', 'Remove service principal credentials')
                OR "ActivityDisplayName" LIKE 'Update application _ Certificates and secrets management' THEN 'app_credentials'
            WHEN "ActivityDisplayName" IN ('Consent to application', 'Add delegated permission grant', 'Add app role assignment to service principal') THEN 'consent'
            WHEN "ActivityDisplayName" LIKE '%Conditional Access policy' OR "ActivityDisplayName" LIKE '%named location' THEN 'conditional_access'
            WHEN "Category" = 'RoleManagement' THEN 'roles'
            WHEN "Category" = 'UserManagement' THEN 'users'
            WHEN "Category" = 'GroupManagement' THEN 'groups'
            WHEN "Category" = 'ApplicationManagement' THEN 'applications'
            ELSE 'other' END
        """;
}
