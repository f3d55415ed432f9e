using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Sandbox;
using HomeBase.Sandbox.Certificates;
using Microsoft.Extensions.Options;

namespace HomeBase.Web.Platform.Sandbox;

public sealed record EmbeddedSandboxSettings(SandboxOptions Options, string BaseUrl, string CertificatePath)
{
    public string DataDirectory => Options.DataDirectory;
}
