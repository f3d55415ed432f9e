using HomeBase.Core.Ingestion.Connectors;
using HomeBase.Core.Ingestion.Records;

namespace HomeBase.Tests.Unit.Ingestion;

/// <summary>
/// Filing directory audits by Microsoft's activity names (Microsoft Entra audit log activity reference) and by what their
/// modified properties say, with values written the way the audit log writes them (JSON text).
/// </summary>
[Trait("Category", "Unit")]
public sealed class DirectoryChangeClassifierTests
{
    private static AuditModification Role(string name, string value) => new(name, null, $"\"{value}\"");

    [Fact]
    public void AddMemberToRole_NamingGlobalAdministratorByTemplate_IsANewGlobalAdministrator()
    {
        var change = DirectoryChangeClassifier.Classify("RoleManagement", "Add member to role", "success",
            [Role("Role.ObjectID", "7b2c…"), Role("Role.DisplayName", "Global Administrator"), Role("Role.TemplateId", "62e90394-69f5-4237-9190-012177145e10")]);

        Assert.Equal(new DirectoryChange(DirectoryChangeAreas.Roles, DirectoryChangeSignals.GlobalAdministratorAdded, "Global Administrator"), change);
    }

    [Theory]
    [InlineData("Add member to role", "Company Administrator", "success", DirectoryChangeSignals.GlobalAdministratorAdded)]
    [InlineData("Add eligible member to role", "Global Administrator", "success", DirectoryChangeSignals.GlobalAdministratorAdded)]
    [InlineData("Add member to role.", "Global Administrator", "success", DirectoryChangeSignals.GlobalAdministratorAdded)]
    [InlineData("Add member to role", "Security Reader", "success", null)]
    [InlineData("Remove member from role", "Global Administrator", "success", null)]
    [InlineData("Add member to role", "Global Administrator", "failure", null)]
    public void RoleChanges_AreFiledUnderRoles_AndOnlyASuccessfulGlobalAdministratorAdditionIsASignal(string activity, string role, string result, string? signal)
    {
        var change = DirectoryChangeClassifier.Classify("RoleManagement", activity, result, [Role("Role.DisplayName", role)]);

        Assert.Equal(DirectoryChangeAreas.Roles, change.Area);
        Assert.Equal(signal, change.Signal);
        Assert.Equal(role, change.RoleName);
    }

    [Theory]
    [InlineData("Update application \u2013 Certificates and secrets management", "[]", "[\"[KeyIdentifier=1, KeyType=Password]\"]", true)]
    [InlineData("Update application - Certificates and secrets management", "[\"[KeyIdentifier=1]\"]", "[\"[KeyIdentifier=1]\",\"[KeyIdentifier=2]\"]", true)]
    [InlineData("Update application \u2013 Certificates and secrets management", "[\"[KeyIdentifier=1]\",\"[KeyIdentifier=2]\"]", "[\"[KeyIdentifier=2]\"]", false)]
    public void CredentialUpdates_AreASignal_WhenTheyAddAKey(string activity, string before, string after, bool added)
    {
        var change = DirectoryChangeClassifier.Classify("ApplicationManagement", activity, "success", [new AuditModification("KeyDescription", before, after)]);

        Assert.Equal(DirectoryChangeAreas.AppCredentials, change.Area);
        Assert.Equal(added ? DirectoryChangeSignals.CredentialAdded : null, change.Signal);
    }

    [Fact]
    public void ServicePrincipalCredentials_Added_IsASignal_WithOrWithoutItsKeys()
    {
        Assert.Equal(DirectoryChangeSignals.CredentialAdded, DirectoryChangeClassifier.Classify("ApplicationManagement", "Add service principal credentials", "success", []).Signal);
        Assert.Null(DirectoryChangeClassifier.Classify("ApplicationManagement", "Remove service principal credentials", "success", []).Signal);
    }

    [Theory]
    [InlineData("enabled", "disabled", true)]
    [InlineData("enabled", "enabledForReportingButNotEnforced", true)]
    [InlineData("enabled", "enabled", false)]
    [InlineData("disabled", "enabled", false)]
    public void ConditionalAccessPolicyUpdates_AreASignal_WhenAnEnabledPolicyStopsEnforcing(string before, string after, bool turnedOff)
    {
        // The old and new policy JSON, as Microsoft's "Use audit logs to troubleshoot Conditional Access policy changes" shows them.
        static string Policy(string state) => $$$"""{"conditions":{"users":{"includeUsers":["All"]}},"displayName":"Require MFA","state":"{{{state}}}"}""";
        var change = DirectoryChangeClassifier.Classify("Policy", "Update Conditional Access policy", "success",
            [new AuditModification("ConditionalAccessPolicy", Policy(before), Policy(after))]);

        Assert.Equal(DirectoryChangeAreas.ConditionalAccess, change.Area);
        Assert.Equal(turnedOff ? DirectoryChangeSignals.PolicyTurnedOff : null, change.Signal);
    }

    [Fact]
    public void DeletedPolicy_IsASignal_AndANewPolicyIsNot()
    {
        Assert.Equal(DirectoryChangeSignals.PolicyTurnedOff, DirectoryChangeClassifier.Classify("Policy", "Delete Conditional Access policy", "success", []).Signal);
        Assert.Null(DirectoryChangeClassifier.Classify("Policy", "Add Conditional Access policy", "success", []).Signal);
        Assert.Equal(DirectoryChangeAreas.ConditionalAccess, DirectoryChangeClassifier.Classify("Policy", "Update named location", "success", []).Area);
    }

    [Theory]
    [InlineData("ApplicationManagement", "Consent to application", DirectoryChangeAreas.Consent)]
    [InlineData("ApplicationManagement", "Add delegated permission grant", DirectoryChangeAreas.Consent)]
    [InlineData("ApplicationManagement", "Add app role assignment to service principal", DirectoryChangeAreas.Consent)]
    [InlineData("ApplicationManagement", "Update application", DirectoryChangeAreas.Applications)]
    [InlineData("UserManagement", "Add member to group", DirectoryChangeAreas.Users)]
    [InlineData("GroupManagement", "Add member to group", DirectoryChangeAreas.Groups)]
    [InlineData("UserManagement", "Reset password", DirectoryChangeAreas.Users)]
    [InlineData("DirectoryManagement", "Set Company Information", DirectoryChangeAreas.Other)]
    [InlineData(null, null, DirectoryChangeAreas.Other)]
    public void OtherChanges_AreFiledByActivityThenCategory(string? category, string? activity, string area)
    {
        var change = DirectoryChangeClassifier.Classify(category, activity, "success", []);

        Assert.Equal(area, change.Area);
        Assert.Null(change.Signal);
    }
}
