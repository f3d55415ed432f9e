using MudBlazor;

namespace HomeBase.Web.Platform.Layout;

/// <summary>HomeBase's colours and type: a calm navy for chrome, strong signal colours for status.</summary>
internal static class HomeBaseTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f3a68",
            Secondary = "#0f7b8a",
            AppbarBackground = "#1f3a68",
            Background = "#f5f7fb",
            Success = "#2e7d32",
            Warning = "#b26a00",
            Error = "#c62828",
        },
        // Dark: the same navy family, lifted for contrast on a dark surface (text stays at WCAG AA).
        PaletteDark = new PaletteDark
        {
            Primary = "#7aa2f7",
            Secondary = "#4fd1c5",
            AppbarBackground = "#15203a",
            Background = "#10141c",
            Surface = "#1a2030",
            DrawerBackground = "#141a27",
            Success = "#66bb6a",
            Warning = "#ffb74d",
            Error = "#ef5350",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Inter", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}
