using System.Text;
using DhrLibrary.Content;
using DhrLibrary.Diagnostics;
using DhrLibrary.Model;
using DhrLibrary.Output;
using DhrLibrary.Pipeline;
using DhrLibrary.Rendering;

namespace DhrLibrary.Preview;

/// <summary>How the preview makes and holds its files: pages as UTF-8 bytes, streamed files made once, sources read through an editor's lock.</summary>
internal static class PreviewFiles
{
    /// <summary>
    /// The files that take longest to make from the whole site model and that no page shows (<see cref="SiteOutput.DataFiles"/>:
    /// the open data and the search index), made once here rather than streamed again on every request.
    /// </summary>
    public static IReadOnlyList<OutputFile> Slow(SiteModel site, CancellationToken cancellationToken = default)
    {
        var files = new List<OutputFile>();
        foreach (var file in SiteOutput.DataFiles(site))
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(Materialise(file));
        }

        return files;
    }

    // Streamed files are made once here, not again on every request (and do not keep their site model alive).
    public static OutputFile Materialise(OutputFile file) =>
        file.Writer is null ? file : new OutputFile(file.Path, null, file.ReadAllBytes());

    /// <summary>Renders <paramref name="jobs"/> in parallel, page by page, so a cancellation stops it between pages.</summary>
    public static List<OutputFile> Render(RenderPages renderer, SiteModel site, IReadOnlyList<PageJob> jobs, CancellationToken cancellationToken)
    {
        var rendered = new OutputFile[jobs.Count];
        try
        {
            Parallel.For(0, jobs.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                renderer.RenderTo(site, [jobs[i]], file => rendered[i] = AsUtf8(file)));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.OfType<TemplateException>().FirstOrDefault() is { } first)
        {
            throw first;
        }

        return [.. rendered];
    }

    /// <summary>
    /// A changed source's text, read with the build's own checks (<see cref="InputFiles.Read"/>: only a plain file inside
    /// <c>input/</c>; a link out of it is skipped with a warning, a pipe, a device or a file over 1 MB is an error), so
    /// the preview can neither publish an outside file nor hang on a pipe. Null when the file is gone, or was skipped
    /// or refused, with the reason in <paramref name="diagnostics"/>.
    /// </summary>
    public static string? ReadSource(string path, string inputRoot, DiagnosticBag diagnostics)
    {
        // An editor may still hold the file for a moment after the change event. InputFiles names a problem only as
        // it returns, so a retry never names one twice.
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                // Deleted (a broken link is not: the build names it, and so does the preview).
                return !File.Exists(path) && new FileInfo(path).LinkTarget is null ? null : InputFiles.Read(path, inputRoot, diagnostics);
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(20);
            }
        }
    }

    /// <summary>
    /// The library with every page of <c>input/pages/</c> read again over the theme's defaults (pages are few, and one
    /// may replace or uncover a theme page). Each page file's problems go in <paramref name="problems"/> (null: none,
    /// also for <paramref name="changed"/> files that are gone), and the files of pages no longer there in <paramref name="gone"/>.
    /// </summary>
    public static Library ReadPages(Library library, IEnumerable<string> changed, string inputRoot, string themeDir,
        Dictionary<string, IReadOnlyList<Diagnostic>?> problems, List<string> gone)
    {
        foreach (var path in changed)
        {
            problems[path] = null;
        }

        string folder = Path.Combine(inputRoot, "pages");
        var own = new List<Page>();
        foreach (var file in (Directory.Exists(folder) ? Directory.GetFiles(folder, "*.md") : []).Order(StringComparer.Ordinal))
        {
            var bag = new DiagnosticBag();
            if (ReadSource(file, inputRoot, bag) is { } text && PageReader.Read(file, text, bag) is { } page)
            {
                own.Add(page);
            }

            problems[file] = bag.Items.Count > 0 ? bag.Items : null;
        }

        var before = library.Pages.Select(p => p.Slug).ToList();
        var updated = AddThemePages.Add(library with { Pages = own }, themeDir, new DiagnosticBag());
        gone.AddRange(before.Except(updated.Pages.Select(p => p.Slug)).Select(slug => SiteUrls.FileFor($"{slug}/")));
        return updated;
    }

    // Pages are held as UTF-8, half the memory of the rendered string.
    private static OutputFile AsUtf8(OutputFile file) =>
        file.Text is { } text ? new OutputFile(file.Path, null, Encoding.UTF8.GetBytes(text)) : file;
}
