using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace HomeBase.Benchmarks.Dashboards;

/// <summary>The little of a host that Core's registrations read: where its files are.</summary>
internal sealed class BenchmarkEnvironment(string directory) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = Environments.Production;

    public string ApplicationName { get; set; } = "HomeBase.Benchmarks";

    public string ContentRootPath { get; set; } = directory;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
