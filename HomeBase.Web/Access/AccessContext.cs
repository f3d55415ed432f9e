using HomeBase.Core.Access;

namespace HomeBase.Web.Access;

/// <summary>The signed-in user's tenants and the one they are working in.</summary>
public sealed record AccessContext(IReadOnlyList<Membership> Memberships, TenantAccess? Current);
