using HomeBase.Core.Auditing;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Access;

/// <summary>A member of the current tenant, as the users page lists them.</summary>
public sealed record Member(string UserId, string Email, string DisplayName, string Role);
