namespace HomeBase.Web.Components.Layout;

public partial class MainLayout
{
    private bool drawerOpen = true;

    private void ToggleDrawer() => drawerOpen = !drawerOpen;
}
