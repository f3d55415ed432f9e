using HomeBase.Core.Dashboards;

namespace HomeBase.Tests.Unit.Dashboards;

/// <summary>A Conditional Access policy's conditions and grants in words, from Microsoft's shapes.</summary>
[Trait("Category", "Unit")]
public sealed class PolicyTargetsTests
{
    [Fact]
    public void Describe_MicrosoftsTroubleshootingExample_NamesUsersExceptionsAppsAndClients()
    {
        // The conditions of the policy JSON on Microsoft's "Use audit logs to troubleshoot Conditional Access policy changes".
        const string conditions = """
            {"applications":{"applicationFilter":null,"excludeApplications":[],"includeApplications":["797f4846-ba00-4fd7-ba43-dac1f8f63013"],
             "includeAuthenticationContextClassReferences":[],"includeUserActions":[]},
             "clientAppTypes":["browser","mobileAppsAndDesktopClients"],"servicePrincipalRiskLevels":[],"signInRiskLevels":[],"userRiskLevels":[],
             "users":{"excludeGroups":["eedad040-3722-4bcb-bde5-bc7c857f4983"],"excludeRoles":[],"excludeUsers":[],"includeGroups":[],"includeRoles":[],"includeUsers":["All"]}}
            """;

        Assert.Equal("All users except 1 group · 1 app · clients: Browser, Mobile apps and desktop clients", PolicyTargets.Describe(conditions));
    }

    [Theory]
    [InlineData("""{"users":{"includeUsers":["GuestsOrExternalUsers"]},"applications":{"includeApplications":["All"]},"signInRiskLevels":["high","medium"]}""",
        "Guests and external users · all apps · sign-in risk high/medium")]
    [InlineData("""{"users":{"includeRoles":["62e90394-69f5-4237-9190-012177145e10","e8611ab8-c189-46e8-94e1-60213ab1f814"]},"applications":{"includeApplications":["Office365"]},"clientAppTypes":["all"]}""",
        "2 roles · Office 365")]
    [InlineData("""{"users":{"includeUsers":["All"],"excludeUsers":["a","b"],"excludeRoles":["r"]},"applications":{"includeUserActions":["urn:user:registersecurityinfo"]},"userRiskLevels":["high"]}""",
        "All users except 2 users, 1 role · user actions: urn:user:registersecurityinfo · user risk high")]
    [InlineData("not json", "Unknown")]
    [InlineData(null, "Unknown")]
    public void Describe_OtherShapes(string? conditions, string expected) => Assert.Equal(expected, PolicyTargets.Describe(conditions));

    [Theory]
    [InlineData("mfa", "Require MFA")]
    [InlineData("block", "Block access")]
    [InlineData("mfa,compliantDevice", "Require MFA, Require a compliant device")]
    [InlineData("", "Session controls only")]
    public void Grants_AreNamedAsTheAdminCenterNamesThem(string controls, string expected) => Assert.Equal(expected, PolicyTargets.Grants(controls));

    [Theory]
    [InlineData("enabled", "On")]
    [InlineData("enabledForReportingButNotEnforced", "Report-only")]
    [InlineData("disabled", "Off")]
    public void State_IsTheAdminCentersWord(string state, string expected) => Assert.Equal(expected, PolicyTargets.State(state));
}
