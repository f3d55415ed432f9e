using HomeBase.Core.Auditing;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Access;

/// <summary>A tenant the user belongs to, with the user's role there.</summary>
public sealed record Membership(string TenantId, string TenantName, string Role);
