using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace HomeBase.Core.Platform.Azure;

/// <summary>
/// Trusts an extra CA (a cloud's <c>CaCertificatePath</c>: a proxy, a private endpoint, the sandbox) for
/// one cloud's connections only, on top of the system's trust. Host names are always checked: only an
/// untrusted chain is re-examined against the extra CA.
/// </summary>
public static class CustomCaTrust
{
    public static X509Certificate2Collection LoadPem(string path)
    {
        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPemFile(path);
        if (certificates.Count == 0) throw new InvalidOperationException($"No certificate in {path}.");
        return certificates;
    }

    public static RemoteCertificateValidationCallback Validator(X509Certificate2Collection trusted) =>
        (_, certificate, chain, errors) =>
        {
            if (errors == SslPolicyErrors.None) return true;
            if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None) return false;

            using var custom = new X509Chain();
            custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            custom.ChainPolicy.CustomTrustStore.AddRange(trusted);
            custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            if (chain is not null)
            {
                foreach (var element in chain.ChainElements.Skip(1)) custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
            using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            return custom.Build(leaf);
        };

    /// <summary>An HTTP handler that applies <see cref="Validator"/>.</summary>
    public static SocketsHttpHandler Handler(X509Certificate2Collection trusted) => new()
    {
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = Validator(trusted) },
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
