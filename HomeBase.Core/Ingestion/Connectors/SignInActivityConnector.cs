using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// <c>/users?$select=…,signInActivity</c> (docs/microsoft-apis.md §2.11): every user's last sign-ins, read in full; a
/// user no longer listed (deleted) is removed. Microsoft caps these pages at 120 users.
/// </summary>
internal sealed class SignInActivityConnector(PageFetcher fetcher) : FullReadConnector(fetcher)
{
    public override string Stream => StreamCatalog.SignInActivity;

    protected override AzureApi Api => AzureApi.Graph;

    protected override string FirstUrl => "users?$select=id,displayName,userPrincipalName,userType,accountEnabled,signInActivity&$top=120";

    protected override IEnumerable<RecordBatch> SweepUnseen(DateTime startedAt) => [RecordBatch.DeleteUnseenSince<SignInActivityRecord>(startedAt)];

    protected override IReadOnlyList<RecordBatch> Map(JsonObject page) =>
    [
        RecordBatch.Upsert([.. page.Items().Select(u =>
        {
            var activity = u.Get("signInActivity");
            var interactive = Known(activity.Time("lastSignInDateTime"));
            var nonInteractive = Known(activity.Time("lastNonInteractiveSignInDateTime"));
            return new SignInActivityRecord
            {
                SourceId = u.Str("id")!,
                DisplayName = u.Str("displayName"),
                UserPrincipalName = u.Str("userPrincipalName"),
                UserType = u.Str("userType"),
                AccountEnabled = u.Bool("accountEnabled"),
                LastSignInAt = interactive,
                LastNonInteractiveSignInAt = nonInteractive,
                LastSuccessfulSignInAt = Known(activity.Time("lastSuccessfulSignInDateTime")),
                LastActivityAt = interactive > nonInteractive || nonInteractive is null ? interactive : nonInteractive,
            };
        })]),
    ];

    /// <summary>Microsoft writes "never" as <c>0001-01-01T00:00:00Z</c> (its list example does): no time at all.</summary>
    private static DateTime? Known(DateTime? time) => time is { Year: > 1 } ? time : null;
}
