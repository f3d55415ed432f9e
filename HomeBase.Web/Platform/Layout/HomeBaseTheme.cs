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
            // MudBlazor's grey secondary text reads at 4.48:1 on this background; WCAG AA asks 4.5:1.
            TextSecondary = "#5f6368",
            // Blue for information (snackbars, alerts) that white text reads on.
            Info = "#1565c0",
            Success = "#2e7d32",
            // Amber dark enough for white text on a filled chip and for amber text on white (WCAG AA, 4.5:1).
            Warning = "#9a5b00",
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
            Info = "#64b5f6",
            InfoContrastText = "#0b1220",
            // The dark theme's signal colours are light: text on them is dark, or white on light blue reads at 2.5:1.
            PrimaryContrastText = "#0b1220",
            SecondaryContrastText = "#0b1220",
            SuccessContrastText = "#0b1220",
            WarningContrastText = "#0b1220",
            ErrorContrastText = "#0b1220",
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
