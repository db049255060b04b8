using DhrLibrary.Output;

namespace DhrLibrary.Pipeline;

/// <summary>
/// Last stage: writes the site into a fresh folder beside the output folder, then swaps it in. A build that
/// fails before this point, or while writing, leaves the previous output exactly as it was; files that no
/// source produces any more disappear with the old folder.
/// </summary>
public static class WriteOutput
{
    public static void Write(string outputDir, IEnumerable<OutputFile> files)
    {
        string full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        string parent = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(parent);
        string staging = Path.Combine(parent, $".{Path.GetFileName(full)}.building-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            WriteAll(staging, files);
            Swap(full, staging);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>Writes files into an existing folder (used for the staging folder and by the preview server).</summary>
    public static void WriteAll(string folder, IEnumerable<OutputFile> files)
    {
        var list = files as IReadOnlyList<OutputFile> ?? files.ToList();
        foreach (var dir in list.Select(f => Path.GetDirectoryName(Path.Combine(folder, f.Path))).Distinct())
        {
            Directory.CreateDirectory(dir!);
        }

        Parallel.ForEach(list, file =>
        {
            string target = Path.Combine(folder, file.Path);
            if (file.CopyFrom is not null)
            {
                File.Copy(file.CopyFrom, target, overwrite: true);
            }
            else if (file.Bytes is not null)
            {
                File.WriteAllBytes(target, file.Bytes);
            }
            else
            {
                File.WriteAllText(target, file.Text ?? "");
            }
        });
    }

    private static void Swap(string output, string staging)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        string old = output + ".old-" + Guid.NewGuid().ToString("N");
        Directory.Move(output, old);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(old, output);
            throw;
        }

        Directory.Delete(old, recursive: true);
    }
}
