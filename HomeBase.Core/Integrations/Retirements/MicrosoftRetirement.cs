using HomeBase.Core.Integrations.Verification;

namespace HomeBase.Core.Integrations.Retirements;

/// <summary>
/// One Microsoft retirement the product depends on: what goes, when (as Microsoft's own source says), what replaces
/// it, what it means for HomeBase, and which integrations rely on it.
/// </summary>
/// <param name="Id">A stable name, for links and tests.</param>
/// <param name="What">What retires, in the words an admin reads.</param>
/// <param name="SchemaTarget">For a Graph schema deprecation, the CSDL target: <c>type</c> or <c>type/property</c>.</param>
/// <param name="ApiVersion">For an API version the product calls: <c>provider/resource@version</c>.</param>
/// <param name="DeprecatedOn">When Microsoft deprecated it; null when not said.</param>
/// <param name="RemovedOn">When Microsoft removes it; null when no date is announced.</param>
/// <param name="Replacement">What to use instead.</param>
/// <param name="Impact">What the retirement means for HomeBase and what the admin can do.</param>
/// <param name="Source">Microsoft's source: repository, path and commit (or page).</param>
/// <param name="ReliedOnBy">Whether an integration (with its latest capability grid) relies on it.</param>
public sealed record MicrosoftRetirement(
    string Id,
    string What,
    string? SchemaTarget,
    string? ApiVersion,
    DateOnly? DeprecatedOn,
    DateOnly? RemovedOn,
    string Replacement,
    string Impact,
    string Source,
    Func<Integration, VerificationResult?, bool> ReliedOnBy);
