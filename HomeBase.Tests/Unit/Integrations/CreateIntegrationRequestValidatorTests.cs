using HomeBase.Core.Integrations;
using HomeBase.Core.Platform.Clouds;
using Microsoft.Extensions.Time.Testing;

namespace HomeBase.Tests.Unit.Integrations;

/// <summary>The rules the API and the wizard share, without HTTP.</summary>
[Trait("Category", "Unit")]
public sealed class CreateIntegrationRequestValidatorTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    private CreateIntegrationRequestValidator Validator => new(new ConfiguredCloudCatalog(Microsoft.Extensions.Options.Options.Create(new AzureOptions())), time);

    private static CreateIntegrationRequest Valid() => new()
    {
        Type = "azure",
        TenantId = "ten_01jd8v6m3k4x5y6z7a8b9c0d1e",
        Credentials = new CredentialsInput
        {
            AzureTenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47",
            ClientId = "0f3d2c1b-5a6e-4f70-8a9b-1c2d3e4f5a6b",
            ClientSecret = "abc~secret",
        },
        Config = new ConfigInput { IngestEntraId = true, IngestDefender = false, IngestActivityLogs = false },
    };

    [Fact]
    public void Validate_SeedShapedRequest_IsValid() => Assert.True(Validator.Validate(Valid()).IsValid);

    [Fact]
    public void Validate_OnlyDefenderForCloudEnabled_IsValid()
    {
        var request = Valid();
        request.Config = new ConfigInput { IngestEntraId = false, IngestDefender = false, IngestActivityLogs = false, IngestDefenderForCloud = true };
        Assert.True(Validator.Validate(request).IsValid);
    }

    [Fact]
    public void Validate_ExpiryAfterTheClockPasses_BecomesInvalid()
    {
        var request = Valid();
        request.Credentials!.ClientSecretExpiresAt = time.GetUtcNow().AddHours(1);
        Assert.True(Validator.Validate(request).IsValid);

        time.Advance(TimeSpan.FromHours(2));

        var result = Validator.Validate(request);
        Assert.Contains(result.Errors, e => e.PropertyName == "Credentials.ClientSecretExpiresAt" && e.ErrorMessage.Contains("expired"));
    }

    [Theory]
    [InlineData("5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", true)]
    [InlineData("5d4c3b2a1f0e4d9c8b7a6f5e4d3c2b1a", true)]
    [InlineData("Q7w8Q~s3cr3t-Value", false)]
    public void LooksLikeSecretId_SpotsGuidsInAnyFormat(string value, bool expected) =>
        Assert.Equal(expected, IntegrationRules.LooksLikeSecretId(value));
}
