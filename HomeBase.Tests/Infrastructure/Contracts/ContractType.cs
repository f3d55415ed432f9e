namespace HomeBase.Tests.Infrastructure.Contracts;

/// <summary>One type of Microsoft's published schema, as the contract fixtures hold it (see HomeBase.Tests/Contracts/README.md).</summary>
public sealed record ContractType(
    string Name, string Kind, IReadOnlyDictionary<string, string> Properties, IReadOnlyDictionary<string, string> Navigation,
    IReadOnlyList<string> Members, IReadOnlyList<string> DerivedTypes, IReadOnlyDictionary<string, ContractDeprecation> Deprecated)
{
    public bool IsEnum => Kind == "enum";
}
