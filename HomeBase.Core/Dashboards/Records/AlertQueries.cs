using HomeBase.Core.Ingestion.Records;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards.Records;

/// <summary>
/// The alert filters that look inside a list column (categories, the people the evidence names), written once so
/// that a dashboard number and the records it links to select the same alerts.
/// </summary>
public static class AlertQueries
{
    /// <summary>Whether a comma-separated category list holds a lateral-movement or credential-access category.</summary>
    public static bool IsLateral(string? categories) =>
        categories is not null && categories.Split(',').Any(c => RecordCatalog.LateralMovementCategories.Contains(c.Trim()));

    /// <summary>Alerts with a lateral-movement or credential-access category, counted once whatever else they have.</summary>
    public static IQueryable<AlertRecord> Lateral(this IQueryable<AlertRecord> alerts)
    {
        var (movement, credentials) = (CategoryPattern(RecordCatalog.LateralMovementCategories[0]), CategoryPattern(RecordCatalog.LateralMovementCategories[1]));
        return alerts.Where(a => EF.Functions.Like("," + a.Categories + ",", movement) || EF.Functions.Like("," + a.Categories + ",", credentials));
    }

    public static IQueryable<AlertRecord> InCategory(this IQueryable<AlertRecord> alerts, string category)
    {
        var pattern = CategoryPattern(category);
        return alerts.Where(a => EF.Functions.Like("," + a.Categories + ",", pattern));
    }

    /// <summary>Matches one category in the comma-separated list, framed by commas so that no category matches inside another.</summary>
    private static string CategoryPattern(string category) => "%," + category + ",%";

    /// <summary>Alerts whose evidence names the device by its DNS name (<see cref="AlertRecord.DeviceNames"/>).</summary>
    public static IQueryable<AlertRecord> OnHost(this IQueryable<AlertRecord> alerts, string host)
    {
        var pattern = Exactly(host);
        return alerts.Where(a => EF.Functions.Like(a.DeviceNames, pattern, LikeEscape));
    }

    /// <summary>Alerts whose evidence names the account as <see cref="AlertRecord.Accounts"/> keeps it (UPN, <c>DOMAIN\sam</c> or object id).</summary>
    public static IQueryable<AlertRecord> ForAccount(this IQueryable<AlertRecord> alerts, string account)
    {
        var pattern = Exactly(account);
        return alerts.Where(a => EF.Functions.Like(a.Accounts, pattern, LikeEscape));
    }

    private const string LikeEscape = "\\";

    /// <summary>
    /// One value of a wrapped list, with LIKE's wildcards and the escape itself escaped: an on-premises account is written
    /// <c>DOMAIN\sam</c>, and PostgreSQL would otherwise read its backslash as an escape.
    /// </summary>
    private static string Exactly(string value) =>
        "%;" + value.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + ";%";

    /// <summary>
    /// Alerts whose evidence names the person by user principal name or by Entra object id; <paramref name="userKeys"/>
    /// is one of them or both, comma-separated (User 360 links with both, so its count and its link agree).
    /// </summary>
    public static IQueryable<AlertRecord> Naming(this IQueryable<AlertRecord> alerts, string userKeys)
    {
        var keys = userKeys.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var (first, second) = (AlertRecord.Match(keys.ElementAtOrDefault(0) ?? ""), AlertRecord.Match(keys.ElementAtOrDefault(1) ?? keys.ElementAtOrDefault(0) ?? ""));
        return alerts.Where(a => EF.Functions.Like(a.UserPrincipalNames, first) || EF.Functions.Like(a.UserIds, first)
            || EF.Functions.Like(a.UserPrincipalNames, second) || EF.Functions.Like(a.UserIds, second));
    }
}
