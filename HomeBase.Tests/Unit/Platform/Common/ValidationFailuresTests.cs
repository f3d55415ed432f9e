using HomeBase.Core.Platform.Common;

namespace HomeBase.Tests.Unit.Platform.Common;

[Trait("Category", "Unit")]
public sealed class ValidationFailuresTests
{
    [Theory]
    [InlineData("Credentials.ClientId", "credentials.client_id")]
    [InlineData("Config.SubscriptionIds[2]", "config.subscription_ids[2]")]
    [InlineData("Config.", "config")]
    [InlineData("TenantId", "tenant_id")]
    [InlineData("", "$")]
    public void ToFieldPath_UsesTheWiresSnakeCasePaths(string propertyName, string expected) =>
        Assert.Equal(expected, ValidationFailures.ToFieldPath(propertyName));
}
