using System.Text.Json.Nodes;

namespace HomeBase.Sandbox.Data;

// Each user's signInActivity, as Graph keeps it on the user object (Entra ID P1): most accounts are used every week,
// about one in eight has not been used for months, and a few never signed in at all.
public sealed partial class TenantData
{
    /// <summary>Microsoft's "never" for a sign-in time, as its list example shows it.</summary>
    private const string Never = "0001-01-01T00:00:00Z";

    /// <summary>The later of the user's last interactive and non-interactive sign-in; null when they never signed in.</summary>
    internal DateTimeOffset? LastActivity(int index, DateTimeOffset now)
    {
        var (interactive, nonInteractive) = LastSignIns(index, now);
        return interactive > nonInteractive || nonInteractive is null ? interactive : nonInteractive;
    }

    private (DateTimeOffset? Interactive, DateTimeOffset? NonInteractive) LastSignIns(int index, DateTimeOffset now)
    {
        var kind = Det.Int(H("activity:kind", index), 100);
        if (kind < 3) return (null, null);
        // Dormant accounts were last used 91 to 400 days before the sandbox's history starts, and stay put; the others
        // signed in within the last two weeks of whenever they are asked about.
        var interactive = kind < 15
            ? Origin.AddDays(-91 - Det.Int(H("activity:days", index), 310)).AddMinutes(-Det.Int(H("activity:minutes", index), 1440))
            : now.AddDays(-Det.Int(H("activity:days", index), 14)).AddMinutes(-Det.Int(H("activity:minutes", index), 1440));
        // Half the accounts also refresh tokens in the background, a little after their last interactive sign-in.
        DateTimeOffset? nonInteractive = Det.Chance(H("activity:background", index), 50) ? interactive.AddHours(Det.Int(H("activity:hours", index), 30)) : null;
        return (interactive, nonInteractive > now ? now : nonInteractive);
    }

    internal JsonObject? SignInActivity(int index, DateTimeOffset now)
    {
        var (interactive, nonInteractive) = LastSignIns(index, now);
        if (interactive is null && nonInteractive is null) return null;
        var successful = Det.Chance(H("activity:failed", index), 90) ? nonInteractive ?? interactive : null;
        return new JsonObject
        {
            ["lastSignInDateTime"] = interactive is { } i ? Iso(i) : Never,
            ["lastSignInRequestId"] = interactive is null ? "" : G("activity:request", index).ToString(),
            ["lastNonInteractiveSignInDateTime"] = nonInteractive is { } n ? Iso(n) : Never,
            ["lastNonInteractiveSignInRequestId"] = nonInteractive is null ? "" : G("activity:background:request", index).ToString(),
            ["lastSuccessfulSignInDateTime"] = successful is { } s ? Iso(s) : null,
            ["lastSuccessfulSignInRequestId"] = successful is null ? null : G("activity:success:request", index).ToString(),
        };
    }
}
