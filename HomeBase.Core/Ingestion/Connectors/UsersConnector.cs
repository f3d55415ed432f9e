using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary><c>/users/delta</c>.</summary>
internal sealed class UsersConnector(PageFetcher fetcher, IOptions<IngestionOptions> options) : DeltaConnector(fetcher, options)
{
    public override string Stream => StreamCatalog.Users;

    protected override string InitialUrl =>
        "users/delta?$select=displayName,userPrincipalName,mail,jobTitle,department,userType,accountEnabled,createdDateTime,onPremisesSyncEnabled";

    protected override IEnumerable<RecordBatch> SweepUnseen(DateTime startedAt) => [RecordBatch.RemoveUnseenSince<UserRecord>(startedAt)];

    protected override IReadOnlyList<RecordBatch> Map(IReadOnlyList<JsonObject> items)
    {
        var (live, removed) = Split(items);
        return
        [
            // A delta item carries only what changed; one without a UPN is not a whole user and must not blank one.
            RecordBatch.Upsert([.. live.Where(u => u.ContainsKey("userPrincipalName")).Select(u => new UserRecord
            {
                SourceId = u.Str("id")!,
                DisplayName = u.Str("displayName"),
                UserPrincipalName = u.Str("userPrincipalName"),
                Mail = u.Str("mail"),
                JobTitle = u.Str("jobTitle"),
                Department = u.Str("department"),
                UserType = u.Str("userType"),
                AccountEnabled = u.Bool("accountEnabled"),
                OnPremisesSyncEnabled = u.Bool("onPremisesSyncEnabled"),
                CreatedAt = u.Time("createdDateTime"),
            })]),
            RecordBatch.Remove<UserRecord>(removed),
        ];
    }
}
