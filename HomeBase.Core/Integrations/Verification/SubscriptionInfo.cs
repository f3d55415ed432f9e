namespace HomeBase.Core.Integrations.Verification;

public sealed record SubscriptionInfo(string Id, string Name);
