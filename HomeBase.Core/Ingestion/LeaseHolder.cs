using System.Diagnostics;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// The owner a runner writes into the leases it takes, <c>machine/process id/runner id</c>, and what it says about
/// the holder: a lease held by an earlier process on this machine that is gone (killed, crashed) will never be
/// renewed or given back, so a restarted instance need not wait for it to expire.
/// </summary>
internal static class LeaseHolder
{
    public static string NewOwner() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>
    /// True only when <paramref name="owner"/> names this machine and a process that no longer runs. Another machine's
    /// holder, this process (another runner in it), or a process id now reused by a live process all count as alive:
    /// their leases end by expiry. In containers a restarted instance often gets the same host name and process id
    /// (1) as the one it replaces; that also falls back to the expiry.
    /// </summary>
    public static bool IsGoneFromThisMachine(string owner)
    {
        var parts = owner.Split('/');
        if (parts.Length != 3 || !string.Equals(parts[0], Environment.MachineName, StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(parts[1], out var processId) || processId == Environment.ProcessId)
        {
            return false;
        }
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // No process has that id any more.
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }
}
