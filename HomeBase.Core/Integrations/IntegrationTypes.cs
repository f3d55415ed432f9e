namespace HomeBase.Core.Integrations;

public static class IntegrationTypes
{
    public const string Azure = "azure";

    public static IReadOnlyList<string> Supported { get; } = [Azure];
}
