using System.Net;
using System.Security.Cryptography;
using HomeBase.Core.Auditing;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Webhooks;

/// <summary>What an endpoint's fields may change to; absent fields stay as they are.</summary>
public sealed class WebhookEndpointInput
{
    public string? Url { get; set; }

    public List<string>? EnabledEvents { get; set; }

    public bool? Enabled { get; set; }
}
