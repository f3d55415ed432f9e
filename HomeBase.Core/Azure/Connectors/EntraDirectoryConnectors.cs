using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Streams;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Azure.Connectors;

/// <summary><c>/users/delta</c>.</summary>
internal sealed class UsersConnector(PageFetcher fetcher, IOptions<IngestionOptions> options) : DeltaConnector(fetcher, options)
{
    public override string Stream => StreamCatalog.Users;

    protected override string InitialUrl =>
        "users/delta?$select=displayName,userPrincipalName,mail,jobTitle,department,userType,accountEnabled,createdDateTime";

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
                CreatedAt = u.Time("createdDateTime"),
            })]),
            RecordBatch.Remove<UserRecord>(removed),
        ];
    }
}

/// <summary><c>/groups/delta</c> with <c>members@delta</c>.</summary>
internal sealed class GroupsConnector(PageFetcher fetcher, IOptions<IngestionOptions> options) : DeltaConnector(fetcher, options)
{
    public override string Stream => StreamCatalog.Groups;

    protected override string InitialUrl =>
        "groups/delta?$select=displayName,description,securityEnabled,mailEnabled,groupTypes,createdDateTime,members";

    protected override IEnumerable<RecordBatch> SweepUnseen(DateTime startedAt) =>
        [RecordBatch.RemoveUnseenSince<GroupRecord>(startedAt), RecordBatch.RemoveUnseenSince<GroupMemberRecord>(startedAt)];

    protected override IReadOnlyList<RecordBatch> Map(IReadOnlyList<JsonObject> items)
    {
        var (live, removed) = Split(items);
        var members = live.SelectMany(g => (g["members@delta"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(m => (GroupId: g.Str("id")!, Member: m))).ToList();
        return
        [
            RecordBatch.Upsert([.. live.Where(g => g.ContainsKey("displayName")).Select(g => new GroupRecord
            {
                SourceId = g.Str("id")!,
                DisplayName = g.Str("displayName"),
                Description = g.Str("description"),
                SecurityEnabled = g.Bool("securityEnabled"),
                MailEnabled = g.Bool("mailEnabled"),
                GroupTypes = g.Joined("groupTypes"),
                CreatedAt = g.Time("createdDateTime"),
            })]),
            RecordBatch.Remove<GroupRecord>(removed),
            RecordBatch.Upsert([.. members.Where(m => !m.Member.ContainsKey("@removed")).Select(m => new GroupMemberRecord
            {
                SourceId = GroupMemberRecord.KeyOf(m.GroupId, m.Member.Str("id")!),
                GroupId = m.GroupId,
                MemberId = m.Member.Str("id")!,
                MemberType = m.Member.Str("@odata.type")?.Split('.')[^1],
            })]),
            RecordBatch.Remove<GroupMemberRecord>([.. members.Where(m => m.Member.ContainsKey("@removed"))
                .Select(m => GroupMemberRecord.KeyOf(m.GroupId, m.Member.Str("id")!))]),
        ];
    }
}

/// <summary><c>/identity/conditionalAccess/policies</c>: a small set, re-read in full.</summary>
internal sealed class ConditionalAccessConnector(PageFetcher fetcher) : FullReadConnector(fetcher)
{
    public override string Stream => StreamCatalog.ConditionalAccess;

    protected override AzureApi Api => AzureApi.Graph;

    protected override string FirstUrl => "identity/conditionalAccess/policies";

    protected override IEnumerable<RecordBatch> SweepUnseen(DateTime startedAt) => [RecordBatch.DeleteUnseenSince<ConditionalAccessPolicyRecord>(startedAt)];

    protected override IReadOnlyList<RecordBatch> Map(JsonObject page) =>
    [
        RecordBatch.Upsert([.. page.Items().Select(p => new ConditionalAccessPolicyRecord
        {
            SourceId = p.Str("id")!,
            DisplayName = p.Str("displayName"),
            State = p.Str("state"),
            GrantControls = p["grantControls"].Joined("builtInControls"),
            ConditionsJson = p["conditions"]?.ToJsonString(),
            CreatedAt = p.Time("createdDateTime"),
            ModifiedAt = p.Time("modifiedDateTime"),
        })]),
    ];
}
