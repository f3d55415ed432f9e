using System.Net;
using System.Security.Cryptography;
using HomeBase.Core.Auditing;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Webhooks;

/// <summary>An endpoint with its signing secret, which is shown this once (on creation and on rolling).</summary>
public sealed record EndpointWithSecret(WebhookEndpoint Endpoint, string Secret);
