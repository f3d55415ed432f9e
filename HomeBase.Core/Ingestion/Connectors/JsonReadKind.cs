namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>How a connector reads a field of Microsoft's JSON: what type the field must have in Microsoft's schema.</summary>
internal enum JsonReadKind
{
    /// <summary>A string, or any scalar written as text (an id, an enum member, a number).</summary>
    Text,
    Integer,
    Number,
    Boolean,
    Time,
    /// <summary>A collection of strings.</summary>
    TextList,
    /// <summary>An object or a collection to read further into.</summary>
    Structure,
    /// <summary>ARM's localizable string: <c>{value, localizedValue}</c> or a plain string.</summary>
    Localizable,
}
