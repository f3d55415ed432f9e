using FluentValidation;
using HomeBase.Core.Auditing;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations.Credentials;
using HomeBase.Core.Integrations.Verification;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Integrations;

/// <summary>An <c>Idempotency-Key</c> and a hash of the request it came with.</summary>
public sealed record IdempotencyContext(string Key, string RequestHash);
