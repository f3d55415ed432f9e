using System.ComponentModel.DataAnnotations;

namespace HomeBase.Sandbox;

/// <summary>The <c>Sandbox</c> configuration section.</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>Whether the web app starts the sandbox in its own process. Off by default in Production.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The loopback HTTPS port; 0 picks a free one.</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 5443;

    /// <summary>Where the certificate and signing key are kept; the host sets it under its data directory.</summary>
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>A scenario file to use instead of the built-in one (Scenarios/tenants.json).</summary>
    public string? ScenarioPath { get; set; }

    /// <summary>Seeds the data generator: the same seed and start time give the same data.</summary>
    public int Seed { get; set; } = 20261127;

    /// <summary>Whether Microsoft's documented throttling limits apply (off: limits are lifted, for fast test suites).</summary>
    public bool Throttling { get; set; } = true;

    /// <summary>Sign-ins in each tenant's 30-day history; every other stream's size follows from it.</summary>
    [Range(100, 50_000_000)]
    public int SignIns { get; set; } = 2_000;
}
