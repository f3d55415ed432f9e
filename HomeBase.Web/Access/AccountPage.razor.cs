using HomeBase.Core.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace HomeBase.Web.Access;

public partial class AccountPage
{
    private IReadOnlyList<Membership> memberships = [];

    [Inject]
    private AccountService Accounts { get; set; } = default!;

    [Inject]
    private IOptions<AdminSignInOptions> SignIn { get; set; } = default!;

    private SignInMode Mode => SignIn.Value.Mode;

    // Every signed-in person may see their own account.
    protected override string RequiredRole => Roles.Viewer;

    protected override async Task OnAccessAsync() => memberships = await Accounts.MembershipsAsync(Access!.UserId, Access.SignedInAt ?? DateTime.MinValue);
}
