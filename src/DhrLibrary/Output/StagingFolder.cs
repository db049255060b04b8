using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace DhrLibrary.Output;

/// <summary>
/// A fresh folder beside the output folder that a build writes into (from many threads at once), then swaps in
/// with <see cref="Commit"/>. Disposed without a commit, it disappears and the previous output stays as it was;
/// files that no source produces any more disappear with the old folder.
/// <para>
/// While it exists it holds a lock on the output (<c>.&lt;name&gt;.lock</c> beside it), so a second build into the same
/// folder stops with a clear message instead of crashing. On creation it tidies what killed builds left: a missing
/// output is restored from the <c>&lt;name&gt;.old-*</c> a kill between the two renames of a commit left, and
/// half-written <c>.&lt;name&gt;.building-*</c> folders are removed. Old trees are deleted on a background thread,
/// so replacing a previous build costs two renames, not the deletion of thousands of files.
/// </para>
/// </summary>
public sealed partial class StagingFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly ConcurrentBag<Task> Deletions = [];
    private readonly string _output;
    private readonly string _parent;
    private readonly string _name;
    private readonly FileStream _lock;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    public StagingFolder(string outputDir)
    {
        _output = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(outputDir));
        _parent = System.IO.Path.GetDirectoryName(_output) ?? ".";
        _name = System.IO.Path.GetFileName(_output);
        Directory.CreateDirectory(_parent);
        _lock = TakeLock();
        try
        {
            Tidy();
            Folder = System.IO.Path.Combine(_parent, $".{_name}.building-{Guid.NewGuid():N}");
            Directory.CreateDirectory(Folder);
            File.WriteAllText(System.IO.Path.Combine(Folder, OutputGuard.MarkerName), OutputGuard.MarkerText, Utf8);
        }
        catch
        {
            _lock.Dispose();
            throw;
        }
    }

    public string Folder { get; }

    /// <summary>Finishes once every old tree this process began deleting is gone (tests, and callers that want no debris).</summary>
    public static Task PendingDeletions => Task.WhenAll(Deletions.ToArray());

    /// <summary>Writes one file; safe to call from several threads.</summary>
    public void Write(OutputFile file)
    {
        string target = System.IO.Path.Combine(Folder, file.Path);
        string folder = System.IO.Path.GetDirectoryName(target)!;
        // Marked only once made, so a thread that finds the mark finds the folder (creating it twice is harmless).
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, true);
        }

        if (file.CopyFrom is not null)
        {
            if (!file.MayLink || !HardLink.TryCreate(target, file.CopyFrom))
            {
                File.Copy(file.CopyFrom, target, overwrite: true);
            }
        }
        else if (file.Text is not null && file.Writer is null)
        {
            File.WriteAllText(target, file.Text, Utf8);
        }
        else if (file.Bytes is not null && file.Writer is null)
        {
            // One write, no copy through a stream's buffer (12,000 report text blocks of ~29 KB).
            File.WriteAllBytes(target, file.Bytes);
        }
        else
        {
            using var stream = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            file.WriteTo(stream);
        }
    }

    /// <summary>
    /// Replaces the output folder with what was written: the old output is renamed to <c>&lt;name&gt;.old-*</c>, the
    /// new one renamed into place, and the old one renamed to a trash name and deleted in the background. A kill
    /// between the first two renames leaves the complete old output under <c>.old-*</c>, which the next build restores.
    /// </summary>
    public void Commit()
    {
        if (!Directory.Exists(_output))
        {
            Directory.Move(Folder, _output);
        }
        else
        {
            string old = System.IO.Path.Combine(_parent, $"{_name}.old-{Guid.NewGuid():N}");
            Directory.Move(_output, old);
            try
            {
                Directory.Move(Folder, _output);
            }
            catch
            {
                Directory.Move(old, _output);
                throw;
            }

            DeleteInBackground(old);
        }

        _committed = true;
    }

    public void Dispose()
    {
        try
        {
            if (!_committed && Directory.Exists(Folder))
            {
                // A failed build's half-written folder goes at once (a failed build changes nothing beside the output).
                try
                {
                    Directory.Delete(Folder, recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    DeleteInBackground(Folder);
                }
            }
        }
        finally
        {
            _lock.Dispose();
        }
    }

    [GeneratedRegex("^(?<name>.+)\\.old-[0-9a-f]{32}$")]
    private static partial Regex OldFolder();

    [GeneratedRegex("^\\.(?<name>.+)\\.(building|deleting)-[0-9a-f]{32}$")]
    private static partial Regex DebrisFolder();

    private FileStream TakeLock()
    {
        string path = System.IO.Path.Combine(_parent, $".{_name}.lock");
        try
        {
            // FileShare.None is an exclusive advisory lock (flock on Unix, a share lock on Windows), released by the
            // system when the process dies, so a killed build never leaves the output locked.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new OutputBusyException($"Another build is writing to '{_output}' right now (it holds '{path}'). Wait for it to finish, then build again.");
        }
    }

    /// <summary>Restores an output lost between a commit's renames and removes what killed builds left beside it.</summary>
    private void Tidy()
    {
        var olds = new List<DirectoryInfo>();
        foreach (var dir in new DirectoryInfo(_parent).EnumerateDirectories())
        {
            if (OldFolder().Match(dir.Name) is { Success: true } old && old.Groups["name"].Value == _name)
            {
                olds.Add(dir);
            }
            else if (DebrisFolder().Match(dir.Name) is { Success: true } debris && debris.Groups["name"].Value == _name)
            {
                DeleteInBackground(dir.FullName);
            }
        }

        if (!Directory.Exists(_output) && olds.Count > 0)
        {
            // Several olds only come from several killed commits; the newest is the last complete output.
            var newest = olds.MaxBy(d => d.LastWriteTimeUtc)!;
            Directory.Move(newest.FullName, _output);
            olds.Remove(newest);
        }

        foreach (var dir in olds)
        {
            DeleteInBackground(dir.FullName);
        }
    }

    /// <summary>
    /// Renames a tree to a trash name (so it is never mistaken for a restorable output) and deletes it on a
    /// background thread. If the process ends first, the next build finds the trash and deletes it.
    /// </summary>
    private void DeleteInBackground(string dir)
    {
        string trash = dir;
        if (!System.IO.Path.GetFileName(dir).Contains(".deleting-", StringComparison.Ordinal))
        {
            trash = System.IO.Path.Combine(_parent, $".{_name}.deleting-{Guid.NewGuid():N}");
            try
            {
                Directory.Move(dir, trash);
            }
            catch (IOException)
            {
                return;
            }
        }

        Deletions.Add(Task.Run(() =>
        {
            try
            {
                Directory.Delete(trash, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another process removing the same trash, or a file held open: the next build tries again.
            }
        }));
    }
}
