using System.Diagnostics;
using DhrLibrary.Content;
using DhrLibrary.Diagnostics;
using DhrLibrary.Model;
using DhrLibrary.Output;
using DhrLibrary.Pipeline;
using DhrLibrary.Rendering;
using DhrLibrary.Similarity;

namespace DhrLibrary.Preview;

/// <summary>
/// Builds the preview (drafts included) in memory and keeps it up to date, in two phases.
/// <list type="number">
/// <item><see cref="UpdateFast"/> re-reads only the changed files and renders only their own pages: each edited or new
/// review on a one-review model linked to the agencies, partnership and themes of the last site model, with its
/// "similar recommendations made before" found by querying the <see cref="SimilarityIndex"/> kept from the last
/// whole pass. It publishes at once, so the edited page reloads in milliseconds whatever the size of the library.</item>
/// <item><see cref="CatchUp"/> then reassembles the whole site from the same content, reruns the similarity pass,
/// renders every page the change touches (lists, partnerships, agencies, themes, reviews whose similar links changed)
/// and the site files, swaps them in, and then the search index and open data. It can be cancelled, and a newer
/// <see cref="UpdateFast"/> supersedes it: it never swaps in anything made from content older than the newest.</item>
/// </list>
/// After a catch-up the files served are those a full build of the same input makes. Pages are held as UTF-8.
/// <see cref="UpdateFast"/> and <see cref="BuildAll"/> are called from one thread; <see cref="CatchUp"/> may run
/// beside <see cref="UpdateFast"/>, and one catch-up or whole build runs at a time.
/// </summary>
public sealed class PreviewBuilder
{
    private readonly string _inputDir;
    private readonly string _themeDir;
    private readonly RenderOptions _options;

    private readonly SummaryCache _summaries;

    // One catch-up or whole build at a time.
    private readonly Lock _buildLock = new();

    // Guards everything below: the fast phase and a catch-up swap their results in from different threads.
    private readonly Lock _gate = new();

    // Problems by source file ("" for those of a whole build), so fixing one file clears only its own.
    private Dictionary<string, IReadOnlyList<Diagnostic>> _problems = new(StringComparer.Ordinal);
    private Diagnostic? _renderProblem;
    private Library? _library;
    private ReviewVocabulary? _vocabulary;
    private SiteModel? _site;
    private SimilarityIndex? _similar;
    private RenderPages? _renderer;
    private Dictionary<string, OutputFile> _files = new(StringComparer.Ordinal);
    private Dictionary<string, long> _stamps = new(StringComparer.Ordinal);
    private HashSet<string> _pageFiles = new(StringComparer.Ordinal);
    private long _version;
    private long _baseVersion;
    private long _errorsVersion;
    private IReadOnlyList<Diagnostic> _errors = [];

    // Content changed by the fast phase and not yet caught up with.
    private long _generation;
    private bool _pending;
    private string _pendingTrigger = "";
    private readonly HashSet<string> _replacedSinceIndex = new(StringComparer.Ordinal);
    private volatile ServedSite _current = ServedSite.Empty;

    /// <summary>For tests: runs in <see cref="CatchUp"/> when its work is done, just before it swaps anything in.</summary>
    internal Action? BeforeCatchUpCommits { get; set; }

    public PreviewBuilder(string inputDir, string themeDir, DateTimeOffset? builtAt = null)
    {
        _inputDir = inputDir;
        _themeDir = themeDir;
        _options = new RenderOptions { IncludeDrafts = true, BuiltAt = builtAt ?? DateTimeOffset.UtcNow };
        _summaries = new SummaryCache(_options.Offline);
    }

    /// <summary>Raised after each publish (a new <see cref="ServedSite.Version"/>), with the new snapshot already in <see cref="Current"/>.</summary>
    public event Action<ServedSite>? Published;

    public ServedSite Current => _current;

    /// <summary>The options pages are rendered with (drafts included).</summary>
    public RenderOptions Options => _options;

    /// <summary>True while content changed by <see cref="UpdateFast"/> has not been caught up with.</summary>
    public bool CatchUpPending
    {
        get
        {
            lock (_gate)
            {
                return _pending;
            }
        }
    }

    public RebuildReport BuildAll(string trigger = "starting")
    {
        lock (_buildLock)
        {
            var clock = Stopwatch.StartNew();
            var problems = new Dictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
            int pages = 0;
            try
            {
                var bag = new DiagnosticBag();
                var library = AddThemePages.Add(LoadContent.Load(_inputDir, bag), _themeDir, bag);
                string lunr = BrowserPackages.EnsureLunr(_themeDir);
                foreach (var group in bag.Items.GroupBy(d => d.File))
                {
                    problems[group.Key] = [.. group];
                }

                var renderer = new RenderPages(ThemeTemplates.Load(_themeDir), _options);
                _summaries.Clear();
                var (site, index) = WholeModel(library, CancellationToken.None);
                var plan = RenderPages.PlanPages(site);
                var files = PreviewFiles.Render(renderer, site, plan, CancellationToken.None)
                    .Concat(SiteOutput.PageListFiles(site, plan, _options)
                        .Concat(SiteOutput.AssetFiles(_themeDir, lunr))
                        .Concat(SiteOutput.DataFiles(site))
                        .Select(PreviewFiles.Materialise))
                    .ToDictionary(f => f.Path, StringComparer.Ordinal);
                pages = plan.Count;
                lock (_gate)
                {
                    _library = library;
                    _vocabulary = ReviewVocabulary.From(library.Themes, library.Agencies);
                    _renderer = renderer;
                    _site = site;
                    _similar = index;
                    _files = files;
                    _stamps = new(StringComparer.Ordinal);
                    _pageFiles = [.. plan.Select(j => SiteUrls.FileFor(j.Path))];
                    _generation++;
                    _pending = false;
                    _replacedSinceIndex.Clear();
                    _renderProblem = null;
                    _problems = problems;
                    _baseVersion = _version + 1;
                    return Publish(trigger, full: true, pages, clock.Elapsed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The theme is broken (or the build met something it did not expect): nothing can be rendered until it
                // is fixed, and then everything is (with no renderer, the next change rebuilds the whole site).
                lock (_gate)
                {
                    _renderer = null;
                    problems[""] = [AsDiagnostic(ex)];
                    _problems = problems;
                    _generation++;
                    _pending = false;
                    return Publish(trigger, full: true, 0, clock.Elapsed);
                }
            }
        }
    }

    /// <summary>Brings the whole site up to date with <paramref name="changes"/>: <see cref="UpdateFast"/> and then <see cref="CatchUp"/>.</summary>
    public RebuildReport Update(ChangeSet changes)
    {
        var report = UpdateFast(changes);
        CatchUp();
        return report;
    }

    /// <summary>
    /// The fast phase: reads the changed reviews and pages again and renders only their own pages, then publishes.
    /// A file with errors keeps its last good version in the site (every page shows the errors until it is fixed).
    /// Leaves the rest to <see cref="CatchUp"/>. Changes to the catalogs or the theme rebuild everything at once.
    /// </summary>
    public RebuildReport UpdateFast(ChangeSet changes)
    {
        try
        {
            return UpdateChanged(changes);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever the fast phase did not expect, the whole build meets too: it shows the error page and, having no
            // renderer, rebuilds everything on the next save, so serve recovers when the file is fixed.
            return BuildAll(changes.Describe(_inputDir));
        }
    }

    private RebuildReport UpdateChanged(ChangeSet changes)
    {
        string trigger = changes.Describe(_inputDir);
        Library? library;
        SiteModel? site;
        SimilarityIndex? index;
        lock (_gate)
        {
            library = _library;
            site = _site;
            index = _similar;
        }

        if (changes.Full || _renderer is null || library is null || site is null || _vocabulary is null)
        {
            return BuildAll(trigger);
        }

        var clock = Stopwatch.StartNew();
        var reviews = library.Reviews.ToList();
        var problems = new Dictionary<string, IReadOnlyList<Diagnostic>?>(StringComparer.Ordinal);
        var fresh = new List<Review>();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var gone = new List<string>();
        bool added = false;
        foreach (var path in changes.Reviews.Order(StringComparer.Ordinal))
        {
            string sourcePath = SourcePath(path);
            int at = reviews.FindIndex(r => r.SourcePath == sourcePath);
            var bag = new DiagnosticBag();
            string? text = PreviewFiles.ReadSource(sourcePath, _inputDir, bag);
            problems[sourcePath] = bag.Items.Count > 0 ? bag.Items : null;
            if (bag.HasErrors)
            {
                // Refused (a pipe, a file over the limit): shown as an error, the last good page kept, as for bad YAML.
                continue;
            }

            if (text is null)
            {
                // Deleted, or skipped as the build skips it (a link out of input/): the review goes.
                if (at >= 0)
                {
                    gone.Add(SiteUrls.FileFor($"reviews/{reviews[at].Slug}/"));
                    reviews.RemoveAt(at);
                    touched.Add(sourcePath);
                }

                continue;
            }

            var review = ReviewReader.Read(sourcePath, text, _vocabulary, bag);
            if (bag.Items.Count > 0)
            {
                problems[sourcePath] = bag.Items;
            }

            if (review is null || bag.HasErrors)
            {
                continue;
            }

            if (at >= 0)
            {
                reviews[at] = review;
            }
            else
            {
                reviews.Add(review);
                added = true;
            }

            fresh.Add(review);
            touched.Add(sourcePath);
        }

        library = library with { Reviews = added ? [.. reviews.OrderBy(r => r.SourcePath, StringComparer.Ordinal)] : reviews };
        var pages = new List<Page>();
        if (changes.Pages.Count > 0)
        {
            // Pages are few, and one in input/pages/ may replace or uncover a theme page: read them all again.
            library = PreviewFiles.ReadPages(library, changes.Pages.Select(SourcePath), _inputDir, _themeDir, problems, gone);
            pages.AddRange(library.Pages);
        }

        // The changed reviews and pages on a model of their own, linked to the last whole model's agencies and themes.
        IReadOnlyList<OutputFile> rendered = [];
        Diagnostic? renderProblem = null;
        try
        {
            var freshReviews = AssembleSite.Order(fresh, _options.IncludeDrafts);
            var similar = SimilarRecommendations.None;
            if (index is not null)
            {
                HashSet<string> replaced;
                lock (_gate)
                {
                    replaced = [.. _replacedSinceIndex, .. touched];
                }

                similar = index.Find(SimilarityItem.Of(freshReviews, library.Agencies), r => replaced.Contains(r.SourcePath));
            }

            var summaries = RenderSummaries.Render(freshReviews, _options.Offline);
            _summaries.Remember(summaries);
            var inputs = new ModelInputs { Summaries = summaries, Similar = similar, LinkedTo = site };
            var mini = AssembleSite.Assemble(library with { Reviews = fresh, Pages = pages }, freshReviews, inputs);

            var jobs = RenderPages.PlanPages(mini).Where(j => j is ReviewPage or FreePage).ToList();
            rendered = PreviewFiles.Render(_renderer, site, jobs, CancellationToken.None);
        }
        catch (Exception ex) when (ex is TemplateException or BuildException)
        {
            renderProblem = AsDiagnostic(ex);
        }

        lock (_gate)
        {
            bool changed = touched.Count > 0 || changes.Pages.Count > 0;
            _library = library;
            _generation++;
            if (changed)
            {
                _pending = true;
                _pendingTrigger = trigger;
                _replacedSinceIndex.UnionWith(touched);
            }

            _problems = new Dictionary<string, IReadOnlyList<Diagnostic>>(_problems, StringComparer.Ordinal);
            foreach (var (file, items) in problems)
            {
                if (items is null)
                {
                    _problems.Remove(file);
                }
                else
                {
                    _problems[file] = items;
                }
            }

            _renderProblem = renderProblem;
            _files = new Dictionary<string, OutputFile>(_files, StringComparer.Ordinal);
            _stamps = new Dictionary<string, long>(_stamps, StringComparer.Ordinal);
            foreach (var file in gone)
            {
                _files.Remove(file);
                _stamps[file] = _version + 1;
            }

            Put(rendered);
            return Publish(trigger, full: false, rendered.Count, clock.Elapsed);
        }
    }

    /// <summary>
    /// The background phase: brings everything <see cref="UpdateFast"/> left behind up to date with the content it
    /// read. Null when there was nothing to do, when <paramref name="cancellationToken"/> stopped it, or when a newer
    /// <see cref="UpdateFast"/> superseded it (that change needs a catch-up of its own).
    /// </summary>
    public CatchUpReport? CatchUp(CancellationToken cancellationToken = default)
    {
        lock (_buildLock)
        {
            Library library;
            SiteModel old;
            RenderPages renderer;
            Dictionary<string, OutputFile> files;
            long generation;
            string trigger;
            lock (_gate)
            {
                if (!_pending || _renderer is null || _library is null || _site is null)
                {
                    return null;
                }

                (library, old, renderer, files, generation, trigger) = (_library, _site, _renderer, _files, _generation, _pendingTrigger);
            }

            var clock = Stopwatch.StartNew();
            try
            {
                var (site, index) = WholeModel(library, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();

                var plan = RenderPages.PlanPages(site);
                var affected = AffectedPages.Between(old, site);
                var pageFiles = plan.Select(j => SiteUrls.FileFor(j.Path)).ToHashSet(StringComparer.Ordinal);
                // A later page of an affected list (agencies/x/page/2/) is affected as its first page is.
                var jobs = plan.Where(j => AffectedPages.IsShared(j) || affected.Contains(j.List?.BasePath ?? j.Path) || !files.ContainsKey(SiteUrls.FileFor(j.Path))).ToList();
                var rendered = PreviewFiles.Render(renderer, site, jobs, cancellationToken);
                var siteFiles = SiteOutput.PageListFiles(site, plan, _options).ToList();
                BeforeCatchUpCommits?.Invoke();
                lock (_gate)
                {
                    if (generation != _generation)
                    {
                        return null;
                    }

                    _files = new Dictionary<string, OutputFile>(_files, StringComparer.Ordinal);
                    _stamps = new Dictionary<string, long>(_stamps, StringComparer.Ordinal);
                    foreach (var goneFile in _pageFiles.Where(f => !pageFiles.Contains(f)))
                    {
                        _files.Remove(goneFile);
                        _stamps[goneFile] = _version + 1;
                    }

                    _pageFiles = pageFiles;
                    _site = site;
                    _similar = index;
                    _replacedSinceIndex.Clear();
                    _renderProblem = null;
                    Put(rendered);
                    Put(siteFiles);
                    Publish(trigger, full: false, rendered.Count, clock.Elapsed);
                }

                var pagesElapsed = clock.Elapsed;
                var slow = PreviewFiles.Slow(site, cancellationToken);
                lock (_gate)
                {
                    if (generation != _generation)
                    {
                        return null;
                    }

                    _files = new Dictionary<string, OutputFile>(_files, StringComparer.Ordinal);
                    _stamps = new Dictionary<string, long>(_stamps, StringComparer.Ordinal);
                    Put(slow);
                    _pending = false;
                    _current = _current with { Files = _files, Stamps = _stamps };
                    return new CatchUpReport(trigger, rendered.Count, clock.Elapsed) { PagesElapsed = pagesElapsed };
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                lock (_gate)
                {
                    if (generation != _generation)
                    {
                        return null;
                    }

                    _renderProblem = AsDiagnostic(ex);
                    _pending = false;
                    Publish(trigger, full: false, 0, clock.Elapsed);
                    return new CatchUpReport(trigger, 0, clock.Elapsed) { Error = _renderProblem };
                }
            }
        }
    }

    /// <summary>
    /// The whole site model, made by the build's stages (similar recommendations, summaries from the cache, assembly),
    /// and the similarity index the fast phase queries until the next whole model.
    /// </summary>
    private (SiteModel Site, SimilarityIndex? Index) WholeModel(Library library, CancellationToken cancellationToken)
    {
        var reviews = AssembleSite.Order(library.Reviews, _options.IncludeDrafts);
        var similar = FindSimilarRecommendations.Find(SimilarityItem.Of(reviews, library.Agencies), keepIndex: true, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var inputs = new ModelInputs { Summaries = _summaries.Prepare(reviews), Similar = similar };
        return (AssembleSite.Assemble(library, reviews, inputs), similar.Index);
    }

    /// <summary>Swaps <paramref name="files"/> in, stamping those whose content changed with the coming version.</summary>
    private void Put(IEnumerable<OutputFile> files)
    {
        foreach (var file in files)
        {
            if (!_files.TryGetValue(file.Path, out var old) || !SameContent(old, file))
            {
                _stamps[file.Path] = _version + 1;
            }

            _files[file.Path] = file;
        }
    }

    private static bool SameContent(OutputFile a, OutputFile b) =>
        a.Bytes is not null && b.Bytes is not null ? a.Bytes.AsSpan().SequenceEqual(b.Bytes) : ReferenceEquals(a, b);

    private RebuildReport Publish(string trigger, bool full, int pages, TimeSpan elapsed)
    {
        var all = _problems.Values.SelectMany(p => p)
            .Concat(_renderProblem is null ? [] : [_renderProblem])
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList();
        var errors = all.Where(d => d.IsError).ToList();
        long version = ++_version;
        if (!errors.SequenceEqual(_errors))
        {
            _errors = errors;
            _errorsVersion = version;
        }

        _current = new ServedSite(_files, _errors, version) { Stamps = _stamps, BaseVersion = _baseVersion, ErrorsVersion = _errorsVersion };
        Published?.Invoke(_current);
        return new RebuildReport(trigger, full, pages, elapsed, errors, all.Count - errors.Count);
    }

    private string SourcePath(string fullPath) =>
        Path.Combine(_inputDir, Path.GetRelativePath(Path.GetFullPath(_inputDir), fullPath));

    private static Diagnostic AsDiagnostic(Exception ex) => ex switch
    {
        TemplateException t => t.ToDiagnostic(),
        BuildException or IOException => new Diagnostic("theme", 1, 1, Severity.Error, ex.Message),
        _ => new Diagnostic("input", 1, 1, Severity.Error, $"the build stopped on something it did not expect ({ex.GetType().Name}: {ex.Message}); fix the file you last saved and save it again"),
    };
}
