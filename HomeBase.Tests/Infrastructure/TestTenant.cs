namespace HomeBase.Tests.Infrastructure;

public sealed record TestTenant(string Id, string KeyId, string ApiKey);
