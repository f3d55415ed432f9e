using HomeBase.Web.Access;
using Microsoft.AspNetCore.Components;

namespace HomeBase.Web.Platform.Layout;

public partial class MainLayout
{
    private bool drawerOpen = true;

    [CascadingParameter]
    private SessionInfo? Session { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private bool DarkMode => Session?.DarkMode == true;

    /// <summary>Where the theme switch comes back to: this page, with its filters.</summary>
    private string ReturnUrl => "/" + Navigation.ToBaseRelativePath(Navigation.Uri);

    private void ToggleDrawer() => drawerOpen = !drawerOpen;
}
