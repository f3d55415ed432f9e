using System.Text.RegularExpressions;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.Unit.Suite;

/// <summary>
/// The layout docs/architecture.md describes, checked on the source tree: a newcomer finds a type by its file name and
/// a feature by its folder, and nothing cites documents outside the repository.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class SourceLayoutTests
{
    private static readonly string[] Projects = ["HomeBase.Core", "HomeBase.Web", "HomeBase.Sandbox", "HomeBase.Benchmarks", "HomeBase.Tests"];

    [Fact]
    public void EveryTopLevelType_IsInAFileNamedAfterIt()
    {
        var wrong = SourceFiles("*.cs")
            .SelectMany(file => TopLevelTypes(file).Where(name => name != FileTypeName(file)).Select(name => $"{Relative(file)}: {name}"))
            .ToList();

        Assert.True(wrong.Count == 0, "Types in a file named after another type:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void EveryNamespace_FollowsItsFolder()
    {
        var wrong = SourceFiles("*.cs")
            .Select(file => (File: file, Declared: NamespaceDeclaration().Match(File.ReadAllText(file))))
            .Where(f => f.Declared.Success && f.Declared.Groups[1].Value != ExpectedNamespace(f.File))
            .Select(f => $"{Relative(f.File)}: {f.Declared.Groups[1].Value}, expected {ExpectedNamespace(f.File)}")
            .ToList();

        Assert.True(wrong.Count == 0, "Namespaces that do not match their folder:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void NoSourceOrDocument_CitesTheSpecificationOutsideTheRepository()
    {
        var files = SourceFiles("*.cs").Concat(SourceFiles("*.razor"))
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md")).Append(Path.Combine(Root, "README.md"));
        var wrong = files.Where(f => OutsideReference().IsMatch(File.ReadAllText(f))).Select(Relative).ToList();

        Assert.True(wrong.Count == 0, "Files citing the product notes outside the repository instead of docs/:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Connectors_NeverTakeTheIntegrationId_AndNoCoreCodeMatchesAadstsText()
    {
        var connectors = Directory.EnumerateFiles(Path.Combine(Root, "HomeBase.Core", "Ingestion", "Connectors"), "*.cs").ToList();
        Assert.NotEmpty(connectors);
        Assert.DoesNotContain(connectors, f => File.ReadAllText(f).Contains("integrationId", StringComparison.Ordinal));

        // Behaviour is decided on Entra's parsed error code (EntraErrorCodes), never on the words of its message.
        var textMatches = SourceFiles("*.cs", "HomeBase.Core", "HomeBase.Web")
            .Where(f => AadstsTextMatch().IsMatch(File.ReadAllText(f))).Select(Relative).ToList();
        Assert.True(textMatches.Count == 0, "Code matching AADSTS text:\n" + string.Join("\n", textMatches));
    }

    private static string Root => RepositoryRoot.Path;

    private static IEnumerable<string> SourceFiles(string pattern, params string[] projects) =>
        (projects.Length > 0 ? projects : Projects).SelectMany(project => Directory.EnumerateFiles(Path.Combine(Root, project), pattern, SearchOption.AllDirectories))
            .Where(f => !Relative(f).Split('/').Any(segment => segment is "bin" or "obj" or "Migrations"));

    private static string Relative(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');

    /// <summary><c>TenantData.Directory.cs</c> holds a part of <c>TenantData</c>.</summary>
    private static string FileTypeName(string file) => Path.GetFileName(file).Split('.')[0];

    private static IEnumerable<string> TopLevelTypes(string file) =>
        File.ReadLines(file).Select(line => TypeDeclaration().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct();

    private static string ExpectedNamespace(string file)
    {
        var folder = Path.GetDirectoryName(Relative(file))!.Replace('/', '.');
        return folder;
    }

    /// <summary>A type declared at the start of a line, as file-scoped namespaces put them; nested types are indented.</summary>
    [GeneratedRegex(@"^(?:(?:public|internal|file|sealed|static|abstract|partial|readonly|ref)\s+)*(?:class|record(?:\s+struct|\s+class)?|struct|enum|interface)\s+(\w+)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    // Written with character classes so that this file does not match itself.
    [GeneratedRegex(@"product[.]md|azure-apis[.]md|shared[/]docs")]
    private static partial Regex OutsideReference();

    [GeneratedRegex(@"(Contains|IndexOf|StartsWith|Match|IsMatch)\(\s*(@)?""AADSTS|Regex\(\s*@?""AADSTS")]
    private static partial Regex AadstsTextMatch();
}
