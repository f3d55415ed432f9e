using HomeBase.Sandbox;

namespace HomeBase.Web.Platform.Sandbox;

public sealed record EmbeddedSandboxSettings(SandboxOptions Options, string BaseUrl, string CertificatePath)
{
    public string DataDirectory => Options.DataDirectory;
}
