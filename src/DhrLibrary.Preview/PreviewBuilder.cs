using System.Diagnostics;
using DhrLibrary.Content;
using DhrLibrary.Diagnostics;
using DhrLibrary.Model;
using DhrLibrary.Output;
using DhrLibrary.Pipeline;
using DhrLibrary.Rendering;

namespace DhrLibrary.Preview;

/// <summary>
/// Builds the preview (drafts included) in memory and keeps it up to date. A full build runs every stage; an
/// edited review or page is reloaded on its own, the site model is reassembled (cheap), and only the pages that
/// show it are rendered again: its own page, its partnership, its agencies and themes, the lists and home.
/// Summaries of unchanged reviews are reused. One rebuild at a time; only <see cref="RefreshSlowFiles"/> may run beside it.
/// </summary>
public sealed class PreviewBuilder
{
    private static readonly string[] ListPages = ["", "reviews/", "recommendations/", "agencies/", "partnerships/", "themes/"];

    // What RenderPages.PrepareSummaries sets on a review (its HTML, excerpt, plain text...): every settable
    // property but the links AssembleSite makes. Copied from the last view of an unchanged review instead of
    // rendering its Markdown again; a test compares the result with a full build to keep this honest.
    private readonly string _inputDir;
    private readonly string _themeDir;
    private readonly RenderOptions _options = new() { IncludeDrafts = true };
    private readonly Dictionary<Review, ReviewView> _summaries = new(ReferenceEqualityComparer.Instance);

    // Problems by source file ("" for those of a whole build), so fixing one file clears only its own.
    private readonly Dictionary<string, IReadOnlyList<Diagnostic>> _problems = new(StringComparer.Ordinal);
    private Library? _library;
    private SiteModel? _site;
    private RenderPages? _renderer;
    private Dictionary<string, OutputFile> _files = new(StringComparer.Ordinal);
    private HashSet<string> _pageFiles = new(StringComparer.Ordinal);
    private long _version;

    // Guards _files and _current: the slow files are swapped in from another thread.
    private readonly Lock _gate = new();
    private volatile ServedSite _current = ServedSite.Empty;

    public PreviewBuilder(string inputDir, string themeDir)
    {
        _inputDir = inputDir;
        _themeDir = themeDir;
    }

    /// <summary>Raised after each rebuild, with the new snapshot already in <see cref="Current"/>.</summary>
    public event Action<ServedSite>? Published;

    public ServedSite Current => _current;

    public RebuildReport BuildAll(string trigger = "starting")
    {
        var clock = Stopwatch.StartNew();
        _problems.Clear();
        _summaries.Clear();
        int pages = 0;
        try
        {
            var bag = new DiagnosticBag();
            _library = AddThemePages.Add(LoadContent.Load(_inputDir, bag), _themeDir, bag);
            foreach (var group in bag.Items.GroupBy(d => d.File))
            {
                _problems[group.Key] = [.. group];
            }

            _renderer = new RenderPages(ThemeTemplates.Load(_themeDir), _options);
            _site = AssembleSite.Assemble(_library, _options.IncludeDrafts);
            PrepareSummaries(_site.Reviews);
            var plan = RenderPages.PlanPages(_site);
            var rendered = _renderer.RenderJobs(_site, plan);
            pages = rendered.Count;
            _pageFiles = [.. plan.Select(j => SiteUrls.FileFor(j.Path))];
            var files = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
            foreach (var file in rendered.Concat(SiteBuilder.SiteFiles(_site, plan, _options, _themeDir)).Concat(BuildSearchIndex.Build(_site)))
            {
                files[file.Path] = file;
            }

            lock (_gate)
            {
                _files = files;
            }
        }
        catch (Exception ex) when (ex is TemplateException or BuildException or IOException)
        {
            // The theme is broken: nothing can be rendered until it is fixed, and then everything is.
            _renderer = null;
            _problems[""] = [AsDiagnostic(ex)];
        }

        lock (_gate)
        {
            return Publish(trigger, full: true, pages, clock.Elapsed);
        }
    }

    /// <summary>
    /// Rebuilds what <paramref name="changes"/> affect, or everything when they need it. With
    /// <paramref name="deferSlowFiles"/> the open data and search index are left as they were, for
    /// <see cref="RefreshSlowFiles"/> to bring up to date after the pages are already served.
    /// </summary>
    public RebuildReport Update(ChangeSet changes, bool deferSlowFiles = false)
    {
        string trigger = changes.Describe(_inputDir);
        if (changes.Full || _renderer is null || _library is null || _site is null)
        {
            return BuildAll(trigger);
        }

        var clock = Stopwatch.StartNew();
        var affected = new HashSet<string>(ListPages, StringComparer.Ordinal);
        var oldViews = _site.Reviews.ToDictionary<ReviewView, Review>(v => v.Source, ReferenceEqualityComparer.Instance);
        var reviews = _library.Reviews.ToList();
        var read = new HashSet<Review>(ReferenceEqualityComparer.Instance);
        var vocabulary = ReviewVocabulary.From(_library.Themes, _library.Agencies);
        foreach (var path in changes.Reviews)
        {
            string sourcePath = SourcePath(path);
            foreach (var old in reviews.Where(r => r.SourcePath == sourcePath).ToList())
            {
                if (oldViews.TryGetValue(old, out var view))
                {
                    AddPagesShowing(view, affected);
                }

                reviews.Remove(old);
            }

            if (Reload(sourcePath, (p, text, bag) => ReviewReader.Read(p, text, vocabulary, bag)) is Review review)
            {
                reviews.Add(review);
                read.Add(review);
            }
        }

        _library = _library with { Reviews = [.. reviews.OrderBy(r => r.SourcePath, StringComparer.Ordinal)] };
        if (changes.Pages.Count > 0)
        {
            // Pages are few, and one in input/pages/ may replace or uncover a theme page: read them all again.
            affected.UnionWith(_library.Pages.Select(p => $"{p.Slug}/"));
            foreach (var path in changes.Pages)
            {
                _problems.Remove(SourcePath(path));
            }

            string folder = Path.Combine(_inputDir, "pages");
            var own = (Directory.Exists(folder) ? Directory.GetFiles(folder, "*.md") : []).Order(StringComparer.Ordinal)
                .Select(file => Reload(file, PageReader.Read))
                .OfType<Page>()
                .ToList();
            _library = AddThemePages.Add(_library with { Pages = own }, _themeDir, new DiagnosticBag());
            affected.UnionWith(_library.Pages.Select(p => $"{p.Slug}/"));
        }

        _site = AssembleSite.Assemble(_library, _options.IncludeDrafts);
        PrepareSummaries(_site.Reviews);
        foreach (var view in _site.Reviews.Where(v => read.Contains(v.Source)))
        {
            AddPagesShowing(view, affected);
        }

        var plan = RenderPages.PlanPages(_site);
        var pageFiles = plan.Select(j => SiteUrls.FileFor(j.Path)).ToHashSet(StringComparer.Ordinal);
        var jobs = plan.Where(j => affected.Contains(j.Path) || !_files.ContainsKey(SiteUrls.FileFor(j.Path))).ToList();
        var rendered = _renderer.RenderJobs(_site, jobs);
        var siteFiles = GenerateSiteFiles.Generate(_site, plan).Append(GenerateFeed.Generate(_site, _options.BuiltAt)).ToList();
        IReadOnlyList<OutputFile> slowFiles = deferSlowFiles ? [] : SlowFiles(_site);
        lock (_gate)
        {
            _files = new Dictionary<string, OutputFile>(_files, StringComparer.Ordinal);
            foreach (var gone in _pageFiles.Where(f => !pageFiles.Contains(f)))
            {
                _files.Remove(gone);
            }

            _pageFiles = pageFiles;
            Put(rendered);
            Put(siteFiles);
            Put(slowFiles);
            return Publish(trigger, full: false, rendered.Count, clock.Elapsed);
        }
    }

    /// <summary>The site model of the last rebuild, for <see cref="SlowFiles"/>.</summary>
    public SiteModel? Site => _site;

    /// <summary>
    /// The files that take longest to make from the whole site model and that no page shows: the open data and
    /// the search index. Pure, so it can run beside the server while it serves the rebuilt pages.
    /// </summary>
    public static IReadOnlyList<OutputFile> SlowFiles(SiteModel site) =>
        [.. GenerateDataFiles.Generate(site).Concat(BuildSearchIndex.Build(site)).Select(Materialise)];

    // Streamed files are made once here, not again on every request.
    private static OutputFile Materialise(OutputFile file) =>
        file.Writer is null ? file : new OutputFile(file.Path, null, file.ReadAllBytes());

    /// <summary>
    /// Swaps in <paramref name="files"/> made by <see cref="SlowFiles"/> from <paramref name="site"/>, unless a
    /// later rebuild has replaced that site meanwhile. Open tabs are not reloaded for it.
    /// </summary>
    public bool RefreshSlowFiles(SiteModel site, IReadOnlyList<OutputFile> files)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(site, _site))
            {
                return false;
            }

            _files = new Dictionary<string, OutputFile>(_files, StringComparer.Ordinal);
            Put(files);
            _current = _current with { Files = _files };
            return true;
        }
    }

    private static void AddPagesShowing(ReviewView review, HashSet<string> pages)
    {
        pages.Add(review.Path);
        pages.Add(review.Partnership.Path);
        pages.UnionWith(review.Themes.Select(t => t.Path));
        pages.UnionWith(review.Recommendations.SelectMany(r => r.Agencies).Select(a => a.Path));
    }

    /// <summary>Reads one file again, replacing its problems; null when it is gone or has errors.</summary>
    private T? Reload<T>(string sourcePath, Func<string, string, DiagnosticBag, T?> read)
        where T : class
    {
        _problems.Remove(sourcePath);
        string? text = ReadText(sourcePath);
        if (text is null)
        {
            return null;
        }

        var bag = new DiagnosticBag();
        var item = read(sourcePath, text, bag);
        if (bag.Items.Count > 0)
        {
            _problems[sourcePath] = bag.Items;
        }

        return item;
    }

    // An editor may still hold the file for a moment after the change event.
    private static string? ReadText(string path)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                return File.Exists(path) ? File.ReadAllText(path) : null;
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(20);
            }
        }
    }

    private void PrepareSummaries(IReadOnlyList<ReviewView> reviews)
    {
        var fresh = new List<ReviewView>();
        foreach (var view in reviews)
        {
            if (_summaries.TryGetValue(view.Source, out var prepared))
            {
                view.CopySummaryFrom(prepared);
            }
            else
            {
                fresh.Add(view);
            }
        }

        _renderer!.PrepareSummaries(_site!, fresh);
        var live = reviews.Select(v => v.Source).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var stale in _summaries.Keys.Where(r => !live.Contains(r)).ToList())
        {
            _summaries.Remove(stale);
        }

        foreach (var view in fresh)
        {
            _summaries[view.Source] = view;
        }
    }

    private void Put(IEnumerable<OutputFile> files)
    {
        foreach (var file in files)
        {
            _files[file.Path] = file;
        }
    }

    private RebuildReport Publish(string trigger, bool full, int pages, TimeSpan elapsed)
    {
        var all = _problems.Values.SelectMany(p => p).OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList();
        var errors = all.Where(d => d.IsError).ToList();
        _current = new ServedSite(_files, errors, ++_version);
        Published?.Invoke(_current);
        return new RebuildReport(trigger, full, pages, elapsed, errors, all.Count - errors.Count);
    }

    private string SourcePath(string fullPath) =>
        Path.Combine(_inputDir, Path.GetRelativePath(Path.GetFullPath(_inputDir), fullPath));

    private static Diagnostic AsDiagnostic(Exception ex) => ex switch
    {
        TemplateException t => new Diagnostic(t.File, t.Line, t.Column, Severity.Error, t.Message[(t.Message.IndexOf(": error: ", StringComparison.Ordinal) + 9)..]),
        _ => new Diagnostic("theme", 1, 1, Severity.Error, ex.Message),
    };
}
