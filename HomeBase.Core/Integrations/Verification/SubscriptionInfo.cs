using HomeBase.Core.Integrations;
using HomeBase.Core.Integrations.Credentials;

namespace HomeBase.Core.Integrations.Verification;

public sealed record SubscriptionInfo(string Id, string Name);
