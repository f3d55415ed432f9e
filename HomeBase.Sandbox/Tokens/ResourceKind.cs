namespace HomeBase.Sandbox.Tokens;

public enum ResourceKind
{
    Graph,
    Defender,
    ResourceManager,
}
