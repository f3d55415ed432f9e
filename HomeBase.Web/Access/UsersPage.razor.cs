using HomeBase.Core.Access;
using HomeBase.Core.Platform.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HomeBase.Web.Access;

public partial class UsersPage
{
    private IReadOnlyList<Member> members = [];
    private IReadOnlyList<Invitation> invitations = [];
    private string? name;
    private string? email;
    private string? password;
    private string role = Roles.Viewer;
    private string? error;

    [Inject]
    private MemberService Members { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override string RequiredRole => Roles.Owner;

    protected override Task OnAccessAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        members = (await Members.ListAsync(Access!)).Value ?? [];
        invitations = (await Members.InvitationsAsync(Access!)).Value ?? [];
    }

    private async Task AddAsync()
    {
        var added = await Members.AddAsync(Access!, email ?? "", name ?? "", password ?? "", role);
        if (Show(added.Failure)) return;
        if (added.Value!.Invited)
        {
            Snackbar.Add($"{added.Value.Email} already has a HomeBase account, so they are invited: they join as {added.Value.Role} when they "
                + "accept on their account page.", Severity.Info);
        }
        (name, email, password, role) = (null, null, null, Roles.Viewer);
        await LoadAsync();
    }

    private async Task ChangeRoleAsync(Member member, string newRole)
    {
        Show((await Members.ChangeRoleAsync(Access!, member.UserId, newRole)).Failure);
        await LoadAsync();
    }

    private async Task RemoveAsync(Member member)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Remove user", $"{member.Email} loses access to {Access!.TenantName} at once.",
            yesText: "Remove", cancelText: "Cancel");
        if (confirmed != true) return;
        Show((await Members.RemoveAsync(Access!, member.UserId)).Failure);
        await LoadAsync();
    }

    private async Task CancelInvitationAsync(Invitation invitation)
    {
        Show((await Members.CancelInvitationAsync(Access!, invitation.Id)).Failure);
        await LoadAsync();
    }

    private async Task EndSessionsAsync(Member member)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("End sessions", $"{member.Email} loses {Access!.TenantName} in every browser within a minute, until they sign in again (signed out "
            + "altogether if this is their only tenant). Their other tenants are not affected.",
            yesText: "End sessions", cancelText: "Cancel");
        if (confirmed != true) return;
        if (!Show((await Members.EndSessionsAsync(Access!, member.UserId)).Failure)) Snackbar.Add($"Sessions of {member.Email} ended.", Severity.Success);
    }

    private bool Show(Failure? failure)
    {
        error = failure is null ? null : failure.Explanation;
        return failure is not null;
    }
}
