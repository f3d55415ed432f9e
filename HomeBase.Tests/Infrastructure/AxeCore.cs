using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Playwright;

namespace HomeBase.Tests.Infrastructure;

/// <summary>
/// Deque's axe-core, the accessibility engine browsers' own audits use, taken from the npm registry (pinned and
/// checked against the registry's integrity hash, cached under the user's cache folder) and run in the page.
/// </summary>
public static class AxeCore
{
    public const string Version = "4.14.1";

    /// <summary>The <c>dist.integrity</c> the npm registry publishes for this version.</summary>
    private const string Integrity = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==";

    private static readonly string TarballUrl = $"https://registry.npmjs.org/axe-core/-/axe-core-{Version}.tgz";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? source;

    /// <summary>WCAG 2.0 and 2.1, levels A and AA: what the product promises.</summary>
    private const string RunScript = """
        async () => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.impact} ${v.id}: ${v.help}\n` + v.nodes.slice(0, 5).map(n => `    ${n.target.join(' ')}: ${(n.failureSummary || '').replaceAll('\n', ' ')}`).join('\n'));
        }
        """;

    /// <summary>
    /// Every serious or critical WCAG 2.1 AA violation on the page as it is now, each with up to five of the elements
    /// it found, headed by the page's name.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string what)
    {
        var script = await SourceAsync();
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            // Evaluated through the DevTools protocol, which the page's Content Security Policy does not govern.
            await page.EvaluateAsync(script);
        }
        // Colours are measured at rest: a snackbar fading in reads at 1.3:1 for a moment. Spinners never finish.
        await page.EvaluateAsync("""
            () => Promise.all(document.getAnimations()
              .filter(a => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
              .map(a => a.finished.catch(() => null)))
            """);
        var violations = await page.EvaluateAsync<string[]>(RunScript);
        return [.. violations.Select(v => $"{what} ({new Uri(page.Url).PathAndQuery}): {v}")];
    }

    /// <summary>Fails the test with every serious or critical violation on the page.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string what)
    {
        var violations = await ViolationsAsync(page, what);
        Assert.True(violations.Count == 0, $"axe-core {Version} found:\n{string.Join("\n", violations)}");
    }

    private static async Task<string> SourceAsync()
    {
        if (source is not null) return source;
        await Gate.WaitAsync();
        try
        {
            if (source is not null) return source;
            var cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "homebase", $"axe-core-{Version}.min.js");
            if (!File.Exists(cache))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
                var script = await DownloadAsync();
                var partial = cache + $".{Environment.ProcessId}.tmp";
                await File.WriteAllTextAsync(partial, script);
                File.Move(partial, cache, overwrite: true);
            }
            return source = await File.ReadAllTextAsync(cache);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> DownloadAsync()
    {
        byte[] tarball;
        using (var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) })
        {
            try
            {
                tarball = await http.GetByteArrayAsync(TarballUrl);
            }
            catch (HttpRequestException e)
            {
                throw new InvalidOperationException($"The accessibility tests need axe-core {Version} from the npm registry ({TarballUrl}), which could not be reached: {e.Message}", e);
            }
        }
        var actual = "sha512-" + Convert.ToBase64String(SHA512.HashData(tarball));
        if (actual != Integrity) throw new InvalidOperationException($"{TarballUrl} does not match the registry's integrity {Integrity} (got {actual}).");

        await using var gzip = new GZipStream(new MemoryStream(tarball), CompressionMode.Decompress);
        await using var tar = new TarReader(gzip);
        while (await tar.GetNextEntryAsync() is { } entry)
        {
            if (entry.Name != "package/axe.min.js" || entry.DataStream is null) continue;
            using var reader = new StreamReader(entry.DataStream);
            return await reader.ReadToEndAsync();
        }
        throw new InvalidOperationException($"{TarballUrl} has no package/axe.min.js.");
    }
}
