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

/// <summary>The integration created, or the one an earlier request with the same idempotency key created.</summary>
public sealed record CreatedIntegration(Integration Integration, bool Replayed);
