using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Webhooks;

/// <summary>Closing an endpoint's deliveries that will not be sent.</summary>
internal static class WebhookDeliveries
{
    public const string NotSentTurnedOff = "Not sent: the endpoint was turned off.";

    /// <summary>Marks every pending delivery to the endpoint failed with <paramref name="reason"/>, ready to be resent.</summary>
    public static Task<int> FailPendingAsync(HomeBaseDbContext db, string endpointId, string reason, CancellationToken cancellationToken) =>
        db.WebhookDeliveries.Where(d => d.EndpointId == endpointId && d.Status == DeliveryStatuses.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DeliveryStatuses.Failed).SetProperty(d => d.LastError, reason)
                .SetProperty(d => d.ClaimedBy, (string?)null).SetProperty(d => d.ClaimExpiresAt, (DateTime?)null)
                .SetProperty(d => d.Version, d => d.Version + 1), cancellationToken);
}
