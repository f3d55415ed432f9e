using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Platform.Security;

/// <summary>With a key-protection certificate configured, the Data Protection keys in the database are themselves encrypted.</summary>
[Trait("Category", "App")]
public sealed class KeyProtectionTests
{
    [Fact]
    public async Task KeyRing_WithACertificate_IsStoredEncrypted()
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"homebase-keys-{Guid.NewGuid():N}.pfx");
        using (var key = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=HomeBase key protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, "test-password"));
        }
        try
        {
            await using var app = new ProtectedApp(pfx);
            var tenant = await app.CreateTenantAsync();
            using var client = app.CreateApiClient(tenant.ApiKey);
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).Json())).StatusCode);

            var keys = await app.QueryAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("encryptedSecret", xml);
                Assert.DoesNotContain("unencrypted form", xml);
            });
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    private sealed class ProtectedApp(string pfx) : HomeBaseApp((builder, _) =>
    {
        builder.UseSetting("HomeBase:KeyProtectionCertificatePath", pfx);
        builder.UseSetting("HomeBase:KeyProtectionCertificatePassword", "test-password");
    });
}
