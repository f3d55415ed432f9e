namespace HomeBase.Web.Dashboards;

/// <summary>Chart colours with meaning: the worst is red, good is green, in the order the dashboards list them.</summary>
public static class Palettes
{
    /// <summary>High, medium, low, informational (and Critical first for vulnerabilities: see <see cref="Vulnerability"/>).</summary>
    public static readonly string[] Severity = ["#d32f2f", "#f57c00", "#fbc02d", "#90a4ae"];

    /// <summary>Critical, high, medium, low.</summary>
    public static readonly string[] Vulnerability = ["#8e0000", "#d32f2f", "#f57c00", "#fbc02d"];

    /// <summary>Exposure High, Medium, Low, None.</summary>
    public static readonly string[] Exposure = ["#d32f2f", "#f57c00", "#fbc02d", "#66bb6a"];

    /// <summary>Successful, failed.</summary>
    public static readonly string[] Outcome = ["#2e7d32", "#d32f2f"];

    /// <summary>Conditional Access success, failure, not applied.</summary>
    public static readonly string[] ConditionalAccess = ["#2e7d32", "#d32f2f", "#90a4ae"];

    /// <summary>Risk high, medium, low.</summary>
    public static readonly string[] Risk = ["#d32f2f", "#f57c00", "#fbc02d"];

    /// <summary>Write, delete, action.</summary>
    public static readonly string[] Operations = ["#1e88e5", "#d32f2f", "#8e24aa"];
}
