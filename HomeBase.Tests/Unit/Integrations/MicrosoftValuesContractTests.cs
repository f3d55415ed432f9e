using System.Reflection;
using HomeBase.Core.Ingestion.Values;
using HomeBase.Tests.Infrastructure.Contracts;

namespace HomeBase.Tests.Unit.Integrations;

/// <summary>Every value the product matches on (a count, a filter, an order) is a member of the Microsoft enum it stands for.</summary>
[Trait("Category", "Unit")]
public sealed class MicrosoftValuesContractTests
{
    [Fact]
    public void EveryMatchedValue_IsAMemberOfItsMicrosoftEnum()
    {
        var classes = typeof(MicrosoftEnumAttribute).Assembly.GetTypes()
            .Select(t => (Type: t, Enum: t.GetCustomAttribute<MicrosoftEnumAttribute>()?.SchemaType)).Where(c => c.Enum is not null).ToList();
        Assert.True(classes.Count >= 8, "The value classes were not found.");

        var problems = new List<string>();
        foreach (var (type, schemaType) in classes)
        {
            var schema = MicrosoftSchema.Instance.Type(schemaType!);
            if (schema is not { IsEnum: true })
            {
                problems.Add($"{type.Name}: {schemaType} is not an enum of Microsoft's schemas");
                continue;
            }
            var comparer = MicrosoftSchema.CaseInsensitive(schemaType!) ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            foreach (var value in Values(type))
            {
                if (!schema.Members.Contains(value, comparer)) problems.Add($"{type.Name}: '{value}' is not a member of {schemaType} [{string.Join(", ", schema.Members)}]");
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>The class's string constants and the members of its string arrays.</summary>
    private static IEnumerable<string> Values(Type type)
    {
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            switch (field.GetValue(null))
            {
                case string value:
                    yield return value;
                    break;
                case string[] values:
                    foreach (var value in values) yield return value;
                    break;
            }
        }
    }
}
