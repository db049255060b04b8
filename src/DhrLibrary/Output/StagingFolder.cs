using System.Collections.Concurrent;
using System.Text;

namespace DhrLibrary.Output;

/// <summary>
/// A fresh folder beside the output folder that a build writes into (from many threads at once), then swaps in
/// with <see cref="Commit"/>. Disposed without a commit, it disappears and the previous output stays as it was;
/// files that no source produces any more disappear with the old folder.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _output;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    public StagingFolder(string outputDir)
    {
        _output = System.IO.Path.GetFullPath(outputDir).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        string parent = System.IO.Path.GetDirectoryName(_output) ?? ".";
        Directory.CreateDirectory(parent);
        Folder = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(_output)}.building-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
        File.WriteAllText(System.IO.Path.Combine(Folder, OutputGuard.MarkerName), OutputGuard.MarkerText, Utf8);
    }

    public string Folder { get; }

    /// <summary>Writes one file; safe to call from several threads.</summary>
    public void Write(OutputFile file)
    {
        string target = System.IO.Path.Combine(Folder, file.Path);
        string folder = System.IO.Path.GetDirectoryName(target)!;
        if (_folders.TryAdd(folder, true))
        {
            Directory.CreateDirectory(folder);
        }

        if (file.CopyFrom is not null)
        {
            File.Copy(file.CopyFrom, target, overwrite: true);
        }
        else if (file.Text is not null && file.Writer is null)
        {
            File.WriteAllText(target, file.Text, Utf8);
        }
        else
        {
            using var stream = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            file.WriteTo(stream);
        }
    }

    /// <summary>Replaces the output folder with what was written.</summary>
    public void Commit()
    {
        if (!Directory.Exists(_output))
        {
            Directory.Move(Folder, _output);
        }
        else
        {
            string old = _output + ".old-" + Guid.NewGuid().ToString("N");
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

            Directory.Delete(old, recursive: true);
        }

        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
