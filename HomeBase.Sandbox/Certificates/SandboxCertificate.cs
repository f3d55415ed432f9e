using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace HomeBase.Sandbox.Certificates;

/// <summary>
/// The sandbox's self-signed TLS certificate for localhost, created once and kept in the data directory
/// (Azure.Identity refuses http authorities). Clients trust it by pinning the PEM file, never by turning
/// certificate validation off.
/// </summary>
public static class SandboxCertificate
{
    public const string PfxFileName = "sandbox-tls.pfx";
    public const string PemFileName = "sandbox-tls.crt";

    public static X509Certificate2 LoadOrCreate(string directory, TimeProvider time)
    {
        Directory.CreateDirectory(directory);
        var pfx = Path.Combine(directory, PfxFileName);
        var pem = Path.Combine(directory, PemFileName);
        if (File.Exists(pfx))
        {
            var existing = X509CertificateLoader.LoadPkcs12FromFile(pfx, password: null);
            if (existing.NotAfter > time.GetUtcNow().AddDays(30).UtcDateTime)
            {
                if (!File.Exists(pem)) File.WriteAllText(pem, existing.ExportCertificatePem());
                return existing;
            }
        }

        var created = Create(time);
        var bytes = created.Export(X509ContentType.Pkcs12);
        WriteAtomically(pfx, bytes);
        WriteAtomically(pem, System.Text.Encoding.ASCII.GetBytes(created.ExportCertificatePem()));
        TryRestrictToOwner(pfx);
        return X509CertificateLoader.LoadPkcs12(bytes, password: null);
    }

    private static X509Certificate2 Create(TimeProvider time)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=HomeBase Azure sandbox", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = time.GetUtcNow();
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(2));
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    private static void TryRestrictToOwner(string path)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
