using System.Globalization;
using System.Text.Json;
using DhrLibrary.Bench.Harness;

namespace DhrLibrary.Bench.Lighthouse;

/// <summary>One page's Lighthouse result: the four category scores, LCP, total blocking time, elements, bytes, and what lost points.</summary>
public sealed record LighthouseResult(
    string Page, int? Performance, int? Accessibility, int? BestPractices, int? Seo,
    double LcpMs, double TbtMs, int Elements, long Bytes, IReadOnlyList<string> Failed);

/// <summary>
/// Runs Lighthouse (npm <c>lighthouse</c>, pinned to 12.2.3 by <c>bench/lighthouse/package-lock.json</c>: 13.x needs
/// Node 22) with its default mobile profile (Moto G Power viewport, simulated slow 4G and 4x CPU slowdown) in Debian's
/// Chromium, and reads its JSON report.
/// </summary>
public static class LighthouseRun
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string PackageDirectory => Path.Combine(RepoPaths.Root, "bench", "lighthouse");

    private static string Cli => Path.Combine(PackageDirectory, "node_modules", "lighthouse", "cli", "index.js");

    /// <summary>Installs the pinned Lighthouse with <c>npm ci</c> when it is not there yet; returns its version.</summary>
    public static string Install()
    {
        if (!File.Exists(Cli))
        {
            var npm = ChildProcess.Run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], PackageDirectory);
            if (!npm.Succeeded || !File.Exists(Cli))
            {
                throw new InvalidOperationException($"npm ci in {PackageDirectory} failed:\n{npm.Stderr}");
            }
        }

        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(PackageDirectory, "node_modules", "lighthouse", "package.json")));
        return package.RootElement.GetProperty("version").GetString() ?? "?";
    }

    public static LighthouseResult Measure(string page, string url, string reportPath)
    {
        var run = ChildProcess.Run("node", [
            Cli, url, "--output=json", $"--output-path={reportPath}", "--quiet",
            "--only-categories=performance,accessibility,best-practices,seo",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
            "--max-wait-for-load=90000",
        ], PackageDirectory, new Dictionary<string, string> { ["CHROME_PATH"] = ChromiumPath });
        if (!File.Exists(reportPath))
        {
            throw new InvalidOperationException($"lighthouse wrote no report for {url} (exit {run.ExitCode}):\n{run.Stderr}");
        }

        using var report = JsonDocument.Parse(File.ReadAllText(reportPath));
        var root = report.RootElement;
        var categories = root.GetProperty("categories");
        var audits = root.GetProperty("audits");

        int? Score(string id) =>
            categories.TryGetProperty(id, out var c) && c.GetProperty("score").ValueKind == JsonValueKind.Number
                ? (int)Math.Round(c.GetProperty("score").GetDouble() * 100) : null;
        double Numeric(string id) =>
            audits.TryGetProperty(id, out var a) && a.TryGetProperty("numericValue", out var v) ? v.GetDouble() : double.NaN;

        // The audits that cost points outside performance (whose opportunities depend on the machine).
        var failed = new List<string>();
        foreach (var id in new[] { "accessibility", "best-practices", "seo" })
        {
            if (!categories.TryGetProperty(id, out var category))
            {
                continue;
            }

            foreach (var auditRef in category.GetProperty("auditRefs").EnumerateArray())
            {
                string auditId = auditRef.GetProperty("id").GetString()!;
                if (auditRef.GetProperty("weight").GetDouble() > 0 && audits.GetProperty(auditId).GetProperty("score") is { ValueKind: JsonValueKind.Number } s && s.GetDouble() < 1)
                {
                    failed.Add($"{id}: {auditId}");
                }
            }
        }

        return new LighthouseResult(page, Score("performance"), Score("accessibility"), Score("best-practices"), Score("seo"),
            Numeric("largest-contentful-paint"), Numeric("total-blocking-time"), (int)Numeric("dom-size"), (long)Numeric("total-byte-weight"), failed);
    }

    public static string Ms(double ms) =>
        double.IsNaN(ms) ? "–" : ms >= 1000 ? (ms / 1000).ToString("0.0", CultureInfo.InvariantCulture) + " s" : ms.ToString("0", CultureInfo.InvariantCulture) + " ms";

    public static string Bytes(long bytes) =>
        bytes >= 1024 * 1024 ? (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MiB" : (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KiB";
}
