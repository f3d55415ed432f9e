using System.Reflection;

namespace HomeBase.Tests.Unit.Suite;

/// <summary>
/// `dotnet test --filter Category=…` runs one tier only if every test class says which tier it is in, and says
/// the same as the folder it sits in (the first namespace segment after HomeBase.Tests).
/// </summary>
[Trait("Category", "Unit")]
public sealed class TestTierTests
{
    private static readonly string[] Tiers = ["Unit", "Components", "App", "Browser"];

    [Fact]
    public void EveryTestClass_HasExactlyTheCategoryOfItsTierFolder()
    {
        var testClasses = typeof(TestTierTests).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any()))
            .ToList();
        Assert.NotEmpty(testClasses);

        var wrong = testClasses
            .Select(t => (Type: t, Tier: TierFolder(t), Categories: Categories(t)))
            .Where(c => c.Tier is null || c.Categories.Count != 1 || c.Categories[0] != c.Tier)
            .Select(c => $"{c.Type.FullName}: folder tier {c.Tier ?? "(none)"}, categories [{string.Join(", ", c.Categories)}]")
            .ToList();

        Assert.True(wrong.Count == 0, "Test classes outside a tier or with the wrong Category trait:\n" + string.Join("\n", wrong));
    }

    private static string? TierFolder(Type type)
    {
        var segments = (type.Namespace ?? "").Split('.');
        return segments.Length > 2 && segments[0] == "HomeBase" && segments[1] == "Tests" && Tiers.Contains(segments[2]) ? segments[2] : null;
    }

    private static List<string> Categories(Type type) =>
        type.GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == "Category")
            .Select(a => (string)a.ConstructorArguments[1].Value!)
            .ToList();
}
