using DhrLibrary.Diagnostics;
using DhrLibrary.Output;

namespace DhrLibrary.Content;

/// <summary>
/// Reads a file a maintainer wrote, only when it is a plain file inside <c>input/</c>: a link to a file outside it
/// would publish that file, a link to <c>/dev/zero</c> would fill memory, and a FIFO would hang the build. A file
/// whose size says it is empty is never opened (FIFOs and devices report size 0), nor one over the size limit.
/// </summary>
public static class InputFiles
{
    /// <summary>The text of <paramref name="path"/>, or null with the reason in <paramref name="diagnostics"/>.</summary>
    public static string? Read(string path, string inputRoot, DiagnosticBag diagnostics)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            string target = OutputGuard.RealPath(path);
            string root = OutputGuard.RealPath(inputRoot);
            if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                diagnostics.Warning(path, 1, 1, $"skipped: a link to '{target}', outside the input folder; copy the file into the input folder instead");
                return null;
            }

            info = new FileInfo(target);
        }

        if (!info.Exists)
        {
            diagnostics.Warning(path, 1, 1, "skipped: not a regular file (a broken link, a folder, a pipe or a device)");
            return null;
        }

        if (info.Length == 0)
        {
            diagnostics.Error(path, 1, 1, "the file is empty (or not a regular file: a pipe or a device); write its content or delete it");
            return null;
        }

        if (info.Length > ContentLimits.MaxFileBytes)
        {
            diagnostics.Error(path, 1, 1, $"the file is {info.Length / 1024} KB; the limit is {ContentLimits.MaxFileBytes / 1024} KB (see 'Limits' in docs/content-model.md): split it or shorten it");
            return null;
        }

        return File.ReadAllText(info.FullName);
    }
}
