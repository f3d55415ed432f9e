using System.Diagnostics;
using HomeBase.Core.Platform.Azure;
using HomeBase.Sandbox;
using Microsoft.Extensions.Logging;

namespace HomeBase.Benchmarks.Fleet;

/// <summary>
/// The fleet's sandbox, run as its own process (this program with <c>fleet-sandbox</c>): the CPU and memory the
/// benchmark reports are then HomeBase's alone, not those of the stand-in answering a thousand tenants' polls.
/// The child prints its address on one line and serves until its standard input closes.
/// </summary>
internal sealed class FleetSandboxProcess : IAsyncDisposable
{
    public const string Command = "fleet-sandbox";
    private const string ReadyPrefix = "SANDBOX ";

    private readonly Process process;

    private FleetSandboxProcess(Process process, string baseUrl, string certificatePath) =>
        (this.process, BaseUrl, CertificatePath) = (process, baseUrl, certificatePath);

    public string BaseUrl { get; }

    public string CertificatePath { get; }

    public HttpClient Control() =>
        new(CustomCaTrust.Handler(CustomCaTrust.LoadPem(CertificatePath))) { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromMinutes(2) };

    public static async Task<FleetSandboxProcess> StartAsync(string directory, string scenarioPath)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { typeof(FleetSandboxProcess).Assembly.Location, Command, directory, scenarioPath }) info.ArgumentList.Add(argument);
        var process = Process.Start(info) ?? throw new InvalidOperationException("The fleet sandbox did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (!line.StartsWith(ReadyPrefix, StringComparison.Ordinal)) continue;
            var parts = line[ReadyPrefix.Length..].Split(' ', 2);
            // Its further output is not read: drain it so the child never blocks on a full pipe.
            _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
            return new FleetSandboxProcess(process, parts[0], parts[1]);
        }
        throw new InvalidOperationException($"The fleet sandbox exited with code {(process.HasExited ? process.ExitCode : -1)} before it was ready.");
    }

    /// <summary>The child's side: start the sandbox on the scenario, say where it is, serve until told to stop.</summary>
    public static async Task<int> ServeAsync(string directory, string scenarioPath)
    {
        await using var sandbox = await SandboxServer.StartAsync(
            new SandboxOptions { DataDirectory = Path.Combine(directory, "sandbox"), Port = 0, ScenarioPath = scenarioPath, Throttling = false },
            TimeProvider.System, logging => logging.ClearProviders());
        Console.WriteLine($"{ReadyPrefix}{sandbox.BaseUrl} {sandbox.CertificatePath}");
        await Console.In.ReadToEndAsync();
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
        process.Dispose();
    }
}
