using System.Text.Json;
using HomeBase.Core.Access;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Integrations.Connect;

/// <summary>Keeps each admin's wizard draft for a tenant: saved on every step, restored on return, gone after 24 h or on cancel.</summary>
public sealed class ConnectWizardDraftService(IDbContextFactory<HomeBaseDbContext> contexts, SecretProtector secrets, TimeProvider time, AccessGuard guard)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The user's live draft in this tenant, or null; an expired one is deleted on the way.</summary>
    public async Task<Result<RestoredDraft?>> LoadAsync(TenantAccess access, CancellationToken cancellationToken = default)
    {
        if (await guard.RequireAsync(access, Roles.Admin, cancellationToken) is { } refused) return refused;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.ConnectWizardDrafts.SingleOrDefaultAsync(d => d.TenantId == access.TenantId && d.UserId == access.UserId, cancellationToken);
        if (draft is null) return (RestoredDraft?)null;
        if (draft.ExpiresAt <= time.GetUtcNow().UtcDateTime)
        {
            db.ConnectWizardDrafts.Remove(draft);
            await db.SaveChangesAsync(cancellationToken);
            return (RestoredDraft?)null;
        }
        var answers = JsonSerializer.Deserialize<ConnectWizardAnswers>(draft.AnswersJson, Json) ?? new ConnectWizardAnswers();
        var secret = draft.ProtectedClientSecret is null ? null : secrets.Unprotect(draft.ProtectedClientSecret);
        return new RestoredDraft(answers, secret, draft.UpdatedAt);
    }

    /// <summary>Saves the answers (and the secret, encrypted, when given) and restarts the 24-hour clock.</summary>
    public async Task<Result<bool>> SaveAsync(TenantAccess access, ConnectWizardAnswers answers, string? clientSecret, CancellationToken cancellationToken = default)
    {
        if (await guard.RequireAsync(access, Roles.Admin, cancellationToken) is { } refused) return refused;
        var now = time.GetUtcNow().UtcDateTime;
        var secret = string.IsNullOrWhiteSpace(clientSecret) ? null : clientSecret.Trim();
        answers = answers with { ClientSecretHint = secret is null ? null : secret[..Math.Min(3, secret.Length)] };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Every save also sweeps drafts abandoned by anyone, so none outlives its day by much.
        await db.ConnectWizardDrafts.Where(d => d.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        var draft = await db.ConnectWizardDrafts.SingleOrDefaultAsync(d => d.TenantId == access.TenantId && d.UserId == access.UserId, cancellationToken);
        if (draft is null)
        {
            draft = new ConnectWizardDraft
            {
                Id = PrefixedId.New(ConnectWizardDraft.IdPrefix, time), TenantId = access.TenantId, UserId = access.UserId, AnswersJson = "{}", CreatedAt = now,
            };
            db.ConnectWizardDrafts.Add(draft);
        }
        draft.AnswersJson = JsonSerializer.Serialize(answers, Json);
        draft.ProtectedClientSecret = secret is null ? null : secrets.Protect(secret);
        draft.UpdatedAt = now;
        draft.ExpiresAt = now + Lifetime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<Result<bool>> DiscardAsync(TenantAccess access, CancellationToken cancellationToken = default)
    {
        if (await guard.RequireAsync(access, Roles.Admin, cancellationToken) is { } refused) return refused;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ConnectWizardDrafts.Where(d => d.TenantId == access.TenantId && d.UserId == access.UserId).ExecuteDeleteAsync(cancellationToken);
        return true;
    }
}
