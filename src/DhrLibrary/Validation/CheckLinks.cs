using System.Collections.Concurrent;
using DhrLibrary.Content;
using DhrLibrary.Diagnostics;
using DhrLibrary.Output;
using DhrLibrary.Rendering;

namespace DhrLibrary.Validation;

/// <summary>
/// Checks that every internal link of the built site leads somewhere: to a produced file and, for a
/// <c>#fragment</c>, to an element with that id. Links written in a review's or page's Markdown are reported
/// against that source file and line; links the theme writes are reported against the layout that holds the
/// link's path when it can be found, else against the first built page that has it.
/// </summary>
public sealed class CheckLinks
{
    /// <summary>The file name used for problems that only exist in the built pages.</summary>
    public const string BuiltSite = "(built site)";

    private readonly Dictionary<string, OutputFile> _files;
    private readonly ConcurrentDictionary<string, HtmlLinkScanner> _scans = new(StringComparer.Ordinal);
    private readonly string _baseUrl;

    public CheckLinks(IEnumerable<OutputFile> files, string baseUrl)
    {
        _files = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        _baseUrl = baseUrl;
    }

    /// <summary>
    /// Runs both passes. <paramref name="unreadableReviews"/> are the slugs of review files that could not be
    /// read; links to them are not reported again (their own errors say what to fix).
    /// </summary>
    public void Check(Library library, string? themeDir, IReadOnlySet<string> unreadableReviews, DiagnosticBag diagnostics)
    {
        var reported = CheckMarkdown(library, unreadableReviews, diagnostics);
        CheckPages(themeDir, reported, unreadableReviews, diagnostics);
    }

    private HashSet<(string Page, SitePath Target)> CheckMarkdown(Library library, IReadOnlySet<string> unreadable, DiagnosticBag diagnostics)
    {
        var drafts = library.Reviews.Where(r => r.Draft).ToDictionary(r => $"reviews/{r.Slug}/index.html", r => r.Slug, StringComparer.Ordinal);
        var sources = library.Reviews.Select(r => (Page: $"reviews/{r.Slug}/index.html", r.Summary, r.SourcePath, r.BodyLine, r.Draft))
            .Concat(library.Pages.Select(p => (Page: $"{p.Slug}/index.html", Summary: p.Body, p.SourcePath, p.BodyLine, Draft: false)));
        var reported = new HashSet<(string, SitePath)>();
        foreach (var source in sources)
        {
            foreach (var (url, line, column) in MarkdownRenderer.Links(source.Summary))
            {
                // The renderer makes root-absolute links relative to the page; resolving from the root is the same.
                if (SitePath.Resolve(source.Page, url, _baseUrl) is not SitePath target)
                {
                    continue;
                }

                string? problem = Problem(target, unreadable);
                if (problem is null && !source.Draft && drafts.TryGetValue(target.File, out var draftSlug))
                {
                    problem = $"it leads to the draft review '{draftSlug}', which published builds leave out";
                }

                if (problem is not null)
                {
                    reported.Add((source.Page, target));
                    diagnostics.Error(source.SourcePath, source.BodyLine + line - 1, column, $"broken link '{url}': {problem}");
                }
            }
        }

        return reported;
    }

    private void CheckPages(string? themeDir, HashSet<(string, SitePath)> reported, IReadOnlySet<string> unreadable, DiagnosticBag diagnostics)
    {
        var pages = _files.Values.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && f.Text is not null)
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        Parallel.ForEach(pages, page => Scan(page.Path));

        // One problem per broken target, however many pages the theme repeats it on. Absolute addresses are
        // left to --external: a report may live on the same host as the site without being part of it.
        var broken = new Dictionary<SitePath, (string Page, HtmlLink Link, string Problem, HashSet<string> Pages)>();
        foreach (var page in pages)
        {
            foreach (var link in Scan(page.Path).Links)
            {
                if (SitePath.Resolve(page.Path, link.Url, baseUrl: null) is not SitePath target
                    || reported.Contains((page.Path, target))
                    || Problem(target, unreadable) is not string problem)
                {
                    continue;
                }

                if (!broken.TryGetValue(target, out var first))
                {
                    broken[target] = first = (page.Path, link, problem, new HashSet<string>(StringComparer.Ordinal));
                }

                first.Pages.Add(page.Path);
            }
        }

        var layouts = Layouts(themeDir);
        foreach (var (target, (page, link, problem, onPages)) in broken.OrderBy(b => b.Value.Page, StringComparer.Ordinal))
        {
            string where = onPages.Count == 1 ? $"on the built page {SitePath.PageAddress(page)}" : $"on {onPages.Count} built pages, first {SitePath.PageAddress(page)}";
            string message = $"broken link '{link.Url}' {where}: {problem}";
            if (FindInLayouts(layouts, target) is var (file, line, column))
            {
                diagnostics.Error(file, line, column, message);
            }
            else
            {
                diagnostics.Error($"{BuiltSite}/{page}", link.Line, link.Column, message);
            }
        }
    }

    private string? Problem(SitePath target, IReadOnlySet<string> unreadable)
    {
        if (target.File.StartsWith("../", StringComparison.Ordinal))
        {
            return "it climbs out of the site (too many '../')";
        }

        string file = target.File;
        if (!_files.ContainsKey(file) && _files.ContainsKey(file + "/index.html"))
        {
            file += "/index.html";
        }

        if (!_files.ContainsKey(file))
        {
            bool unreadableReview = file.StartsWith("reviews/", StringComparison.Ordinal)
                && unreadable.Contains(file["reviews/".Length..].Split('/')[0]);
            return unreadableReview ? null : $"nothing is built at {SitePath.PageAddress(file)}";
        }

        if (target.Fragment.Length == 0 || !file.EndsWith(".html", StringComparison.Ordinal) || _files[file].Text is null)
        {
            return null;
        }

        return Scan(file).Ids.Contains(target.Fragment)
            ? null
            : $"{SitePath.PageAddress(file)} has no element with id '{target.Fragment}'";
    }

    private HtmlLinkScanner Scan(string file) => _scans.GetOrAdd(file, f => HtmlLinkScanner.Scan(_files[f].Text ?? ""));

    private static List<(string File, string[] Lines)> Layouts(string? themeDir)
    {
        string folder = themeDir is null ? "" : Path.Combine(themeDir, "layouts");
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.sbn-html").Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllLines(f)))]
            : [];
    }

    /// <summary>Where a layout writes the link's site path as a quoted string (<c>url "search/"</c>), if anywhere.</summary>
    private static (string File, int Line, int Column)? FindInLayouts(List<(string File, string[] Lines)> layouts, SitePath target)
    {
        string address = SitePath.PageAddress(target.File).TrimStart('/');
        if (address.Length == 0)
        {
            return null;
        }

        string withFragment = target.Fragment.Length == 0 ? address : $"{address}#{target.Fragment}";
        foreach (var needle in new[] { $"\"{withFragment}\"", $"\"{address}\"" })
        {
            foreach (var (file, lines) in layouts)
            {
                for (int i = 0; i < lines.Length; i++)
                {
                    int column = lines[i].IndexOf(needle, StringComparison.Ordinal);
                    if (column >= 0)
                    {
                        return (file, i + 1, column + 1);
                    }
                }
            }
        }

        return null;
    }
}
