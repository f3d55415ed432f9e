using System.Text.Json.Nodes;

namespace HomeBase.Sandbox.Data;

public sealed partial class TenantData
{
    /// <summary>The users that exist at <paramref name="now"/>, in a stable order (base users, then created ones).</summary>
    internal IReadOnlyList<int> UserIndexes(DateTimeOffset now)
    {
        lock (gate)
        {
            var changes = userChanges.Where(c => c.At <= now).ToList();
            var deleted = changes.Where(c => c.Kind == UserChangeKind.Deleted).Select(c => c.UserIndex).ToHashSet();
            var created = changes.Where(c => c.Kind == UserChangeKind.Created).Select(c => c.UserIndex);
            return [.. Enumerable.Range(0, BaseUserCount).Concat(created).Where(i => !deleted.Contains(i))];
        }
    }

    /// <summary>Users changed in (since, now]: each with whether it was deleted.</summary>
    internal IReadOnlyList<(int UserIndex, bool Deleted)> UserChangesSince(DateTimeOffset since, DateTimeOffset now)
    {
        lock (gate)
        {
            return [.. userChanges.Where(c => c.At > since && c.At <= now)
                .GroupBy(c => c.UserIndex)
                .Select(g => (g.Key, g.Any(c => c.Kind == UserChangeKind.Deleted)))];
        }
    }

    /// <summary>Creates, updates or deletes a user now (the control API); returns the user's id.</summary>
    public Guid ChangeUser(string kind, Guid? userId, DateTimeOffset now)
    {
        lock (gate)
        {
            switch (kind)
            {
                case "create":
                    var index = BaseUserCount + userChanges.Count(c => c.Kind == UserChangeKind.Created);
                    userChanges.Add(new UserChange(now, index, UserChangeKind.Created, null));
                    return UserId(index);
                case "update" or "delete":
                    var existing = UserIndexes(now).Cast<int?>().FirstOrDefault(i => userId is null || UserId(i!.Value) == userId)
                        ?? throw new KeyNotFoundException($"No user {userId} in {tenant.Name}.");
                    var changeKind = kind == "update" ? UserChangeKind.Updated : UserChangeKind.Deleted;
                    userChanges.Add(new UserChange(now, existing, changeKind, kind == "update" ? $"Updated title {userChanges.Count}" : null));
                    return UserId(existing);
                default:
                    throw new ArgumentException($"Unknown user change '{kind}': use create, update or delete.");
            }
        }
    }

    internal Guid UserId(int index) => G("user", index);

    internal (string DisplayName, string Upn) UserName(int index)
    {
        var first = Det.Pick(Vocabulary.FirstNames, H("user:first", index));
        var last = Det.Pick(Vocabulary.LastNames, H("user:last", index));
        return ($"{first} {last}", $"{first}.{last}{index}@{Domain}".ToLowerInvariant());
    }

    internal JsonObject User(int index, DateTimeOffset now)
    {
        var (displayName, upn) = UserName(index);
        var first = displayName.Split(' ')[0];
        var guest = Det.Chance(H("user:guest", index), 5);
        string? jobTitle = Det.Pick(Vocabulary.JobTitles, H("user:title", index));
        var created = Origin.AddDays(-30 - Det.Int(H("user:created", index), 900));
        lock (gate)
        {
            jobTitle = userChanges.LastOrDefault(c => c.UserIndex == index && c.At <= now && c.JobTitle is not null)?.JobTitle ?? jobTitle;
            if (index >= BaseUserCount) created = userChanges.First(c => c.UserIndex == index && c.Kind == UserChangeKind.Created).At;
        }
        return new JsonObject
        {
            ["id"] = UserId(index).ToString(),
            ["displayName"] = displayName,
            ["givenName"] = first,
            ["surname"] = displayName.Split(' ')[1],
            ["userPrincipalName"] = guest ? upn.Replace("@", "_partner.example#EXT#@") : upn,
            ["mail"] = upn,
            ["jobTitle"] = jobTitle,
            ["department"] = Det.Pick(Vocabulary.Departments, H("user:department", index)),
            ["officeLocation"] = Det.Pick(Vocabulary.Locations, H("user:office", index) % 10).City,
            ["mobilePhone"] = null,
            ["businessPhones"] = Strings($"+1 425 555 {1000 + index % 9000:0000}"),
            ["preferredLanguage"] = "en-US",
            ["accountEnabled"] = !Det.Chance(H("user:disabled", index), 4),
            ["userType"] = guest ? "Guest" : "Member",
            ["createdDateTime"] = Iso(created),
            ["onPremisesSyncEnabled"] = Det.Chance(H("user:sync", index), 40) ? true : null,
        };
    }

    internal Guid GroupId(int index) => G("group", index);

    /// <summary>The member user indexes of a group: a deterministic sample of the base users.</summary>
    internal IEnumerable<int> GroupMembers(int group, DateTimeOffset now) => GroupMembers(group, UserIndexes(now).ToHashSet());

    internal IEnumerable<int> GroupMembers(int group, IReadOnlySet<int> existing)
    {
        var size = Math.Min(BaseUserCount, 3 + Det.Int(H("group:size", group), Math.Max(4, BaseUserCount / 4)));
        var step = 1 + 2 * Det.Int(H("group:step", group), 50);
        return Enumerable.Range(0, size).Select(k => (group * 7 + k * step) % BaseUserCount).Distinct().Where(existing.Contains);
    }

    internal JsonObject Group(int index)
    {
        var name = Det.Pick(Vocabulary.GroupNames, (ulong)index) + (index >= Vocabulary.GroupNames.Length ? $" {index / Vocabulary.GroupNames.Length + 1}" : string.Empty);
        var security = !Det.Chance(H("group:m365", index), 30);
        return new JsonObject
        {
            ["id"] = GroupId(index).ToString(),
            ["displayName"] = name,
            ["description"] = $"{name} ({tenant.DisplayName})",
            ["mailEnabled"] = !security,
            ["securityEnabled"] = security,
            ["groupTypes"] = security ? Strings() : Strings("Unified"),
            ["mailNickname"] = name.Replace(" ", string.Empty).ToLowerInvariant(),
            ["createdDateTime"] = Iso(Origin.AddDays(-60 - index)),
        };
    }
}
