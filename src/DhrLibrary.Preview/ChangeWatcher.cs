namespace DhrLibrary.Preview;

/// <summary>
/// Watches folders and hands over the paths that changed once they have been quiet for the debounce time,
/// so an editor's save (write, rename, touch) becomes one rebuild. A watcher overflow reports the folder
/// itself, which callers treat as "rebuild everything".
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Timer _timer;
    private readonly TimeSpan _debounce;
    private readonly Action<IReadOnlyCollection<string>> _onChanges;
    private readonly Action? _onActivity;

    /// <param name="onActivity">Called at once on every event, before the debounce: work that a change will supersede can stop early.</param>
    public ChangeWatcher(IEnumerable<string> folders, TimeSpan debounce, Action<IReadOnlyCollection<string>> onChanges, Action? onActivity = null)
    {
        _debounce = debounce;
        _onChanges = onChanges;
        _onActivity = onActivity;
        _timer = new Timer(_ => Flush());
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                InternalBufferSize = 64 * 1024,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Add(e.OldFullPath);
                Add(e.FullPath);
            };
            watcher.Error += (_, _) => Add(Path.Combine(watcher.Path, "(overflow)"));
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    private void Add(string path)
    {
        lock (_gate)
        {
            _pending.Add(path);
            _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
        }

        _onActivity?.Invoke();
    }

    private void Flush()
    {
        string[] batch;
        lock (_gate)
        {
            batch = [.. _pending];
            _pending.Clear();
        }

        if (batch.Length > 0)
        {
            _onChanges(batch);
        }
    }
}
