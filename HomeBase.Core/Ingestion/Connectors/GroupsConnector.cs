using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion.Connectors;

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
        var members = live.SelectMany(g => (g.Get("members@delta") as JsonArray ?? []).OfType<JsonObject>()
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
