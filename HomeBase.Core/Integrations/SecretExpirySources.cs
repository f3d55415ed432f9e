namespace HomeBase.Core.Integrations;

public static class SecretExpirySources
{
    public const string Graph = "graph";
    public const string Admin = "admin";
}
