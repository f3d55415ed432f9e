using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Ingestion.Values;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// <c>/reports/authenticationMethods/userRegistrationDetails</c> (docs/microsoft-apis.md §2.10): one row per user,
/// read in full; a user no longer reported (deleted) is removed.
/// </summary>
internal sealed class UserRegistrationsConnector(PageFetcher fetcher) : FullReadConnector(fetcher)
{
    public override string Stream => StreamCatalog.MfaRegistration;

    protected override AzureApi Api => AzureApi.Graph;

    protected override string FirstUrl => "reports/authenticationMethods/userRegistrationDetails";

    protected override IEnumerable<RecordBatch> SweepUnseen(DateTime startedAt) => [RecordBatch.DeleteUnseenSince<UserRegistrationRecord>(startedAt)];

    protected override IReadOnlyList<RecordBatch> Map(JsonObject page) =>
    [
        RecordBatch.Upsert([.. page.Items().Select(u => new UserRegistrationRecord
        {
            SourceId = u.Str("id")!,
            UserPrincipalName = u.Str("userPrincipalName"),
            UserDisplayName = u.Str("userDisplayName"),
            UserType = u.Str("userType"),
            IsAdmin = u.Bool("isAdmin"),
            IsMfaRegistered = u.Bool("isMfaRegistered"),
            IsMfaCapable = u.Bool("isMfaCapable"),
            IsPasswordlessCapable = u.Bool("isPasswordlessCapable"),
            IsSsprRegistered = u.Bool("isSsprRegistered"),
            MethodsRegistered = u.Joined("methodsRegistered"),
            MfaMethodInUse = MethodInUse(u),
            ReportUpdatedAt = u.Time("lastUpdatedDateTime"),
        })]),
    ];

    /// <summary>
    /// The second factor Entra asks the user for: "the most secure" of <c>systemPreferredAuthenticationMethods</c> when
    /// <c>isSystemPreferredAuthenticationMethodEnabled</c>, else <c>userPreferredMethodForSecondaryAuthentication</c>
    /// ("used as preferred MFA method when isSystemPreferredAuthenticationMethodEnabled is false"). The documented example
    /// has <c>""</c> there, outside the enum, for a user with no method: that, <c>none</c> and absent are all "no method".
    /// </summary>
    private static string? MethodInUse(JsonObject user)
    {
        var method = user.Bool("isSystemPreferredAuthenticationMethodEnabled") == true
            ? user.Joined("systemPreferredAuthenticationMethods")?.Split(',')[0]
            : user.Str("userPreferredMethodForSecondaryAuthentication");
        return string.IsNullOrEmpty(method) || method == DefaultMfaMethods.None ? null : method;
    }
}
