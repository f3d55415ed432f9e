namespace HomeBase.Core.Ingestion.Values;

/// <summary>
/// Marks a class of the values HomeBase matches on as members of one enum of Microsoft's published schemas (a Graph
/// CSDL enum type, an ARM swagger enum, or a documented Defender for Endpoint value list). A contract test checks
/// every constant of the class against that enum, so a count can never match a value Microsoft does not send.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MicrosoftEnumAttribute(string schemaType) : Attribute
{
    public string SchemaType { get; } = schemaType;
}
