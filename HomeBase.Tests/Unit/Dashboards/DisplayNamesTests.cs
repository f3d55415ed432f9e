using HomeBase.Core.Dashboards;

namespace HomeBase.Tests.Unit.Dashboards;

/// <summary>The words pages show for Microsoft's API values, and the text they leave alone.</summary>
[Trait("Category", "Unit")]
public sealed class DisplayNamesTests
{
    [Theory]
    // Graph's camel case: risky users, sign-ins, alerts.
    [InlineData("atRisk", "At risk")]
    [InlineData("confirmedCompromised", "Confirmed compromised")]
    [InlineData("notApplied", "Not applied")]
    [InlineData("inProgress", "In progress")]
    [InlineData("passwordSpray", "Password spray")]
    [InlineData("truePositive", "True positive")]
    [InlineData("high", "High")]
    // The names Microsoft's portals use where the parts do not say it.
    [InlineData("mcasImpossibleTravel", "Impossible travel (Defender for Cloud Apps)")]
    [InlineData("unlikelyTravel", "Atypical travel")]
    [InlineData("anonymizedIPAddress", "Anonymous IP address")]
    // Defender's Pascal case, with an acronym kept whole.
    [InlineData("CredentialAccess", "Credential access")]
    [InlineData("LateralMovement", "Lateral movement")]
    [InlineData("suspiciousIPAddress", "Suspicious IP address")]
    [InlineData("NoSensorData", "No sensor data")]
    [InlineData("macOS", "macOS")]
    public void ApiValues_ReadAsWords(string value, string words) => Assert.Equal(words, DisplayNames.Of(value));

    [Theory]
    // Not one identifier: a country code, an operation, an error, a version, a person.
    [InlineData("US")]
    [InlineData("Microsoft.Compute/virtualMachines/write")]
    [InlineData("50126: Invalid username or password")]
    [InlineData("Windows11")]
    [InlineData("ada@contoso.example")]
    [InlineData("")]
    public void OtherText_IsLeftAlone(string text) => Assert.Equal(text, DisplayNames.Of(text));

    [Fact]
    public void Lists_ReadAsWordsEach() =>
        Assert.Equal("Credential access, Lateral movement", DisplayNames.OfEach("CredentialAccess,LateralMovement"));
}
