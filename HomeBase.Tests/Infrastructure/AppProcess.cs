using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HomeBase.Tests.Infrastructure;

/// <summary>
/// HomeBase.Web as its own operating-system process on a real loopback port, started from the build output the
/// tests run from, so a test can kill it with SIGKILL as a crash, an OOM kill or a lost node would: no
/// <c>finally</c>, no graceful stop. Its console output is kept for the test to wait on.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public int ProcessId => process.Id;

    /// <summary>Everything the process wrote so far, for a failure message.</summary>
    public string Output => string.Join('\n', lines);

    /// <summary>Starts the app with <paramref name="settings"/> (configuration keys, given as environment variables) and waits until it answers.</summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var port = FreePort();
        var info = StartInfo(settings);
        // The configuration key itself: it overrides the appsettings.json default, as an operator's would.
        info.Environment["Urls"] = $"http://127.0.0.1:{port}";
        var app = new AppProcess(Process.Start(info)!, new Uri($"http://127.0.0.1:{port}"));
        using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 600 && !app.process.HasExited; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK) return app;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }
            await Task.Delay(100);
        }
        var output = app.process.HasExited ? $"The app exited with {app.process.ExitCode}" : $"The app did not answer on {app.BaseAddress}";
        await app.DisposeAsync();
        Assert.Fail($"{output}:\n{app.Output}");
        return null!;
    }

    /// <summary>Runs a command-line verb (<c>tenants create --name …</c>) with the same settings; returns its stdout.</summary>
    public static async Task<string> RunCommandAsync(IReadOnlyDictionary<string, string?> settings, params string[] arguments)
    {
        var info = StartInfo(settings);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var command = Process.Start(info)!;
        var stdout = command.StandardOutput.ReadToEndAsync();
        var stderr = command.StandardError.ReadToEndAsync();
        await command.WaitForExitAsync();
        Assert.True(command.ExitCode == 0, $"{string.Join(' ', arguments)} exited with {command.ExitCode}: {await stderr}");
        return (await stdout).Trim();
    }

    /// <summary>Waits until the process has written <paramref name="occurrences"/> lines containing <paramref name="text"/>.</summary>
    public async Task WaitForLineAsync(string text, TimeSpan timeout, int occurrences = 1)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (lines.Count(l => l.Contains(text, StringComparison.Ordinal)) >= occurrences) return;
            if (process.HasExited) break;
            await Task.Delay(20);
        }
        Assert.Fail($"The app did not write \"{text}\":\n{Output}");
    }

    /// <summary>SIGKILL: the process ends at once, wherever it is.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) await KillAsync();
        process.Dispose();
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> settings)
    {
        // The SDK's test runner says which dotnet it is; the app's build output is copied beside the tests.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HomeBase.Web.dll"));
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        info.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in settings) info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        return info;
    }

    private void Keep(string? line)
    {
        if (line is not null) lines.Enqueue(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
