using System.Security.Cryptography;
using System.Text;
using HomeBase.Core.Access;
using HomeBase.Core.Auditing;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.ApiKeys;

/// <summary>Who an accepted API key speaks for.</summary>
public sealed record ApiKeyIdentity(string KeyId, string TenantId, string Name);
