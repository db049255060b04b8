namespace DhrLibrary.Preview;

/// <summary>
/// A batch of changed paths sorted by what they need: reviews and pages can be reloaded one by one; anything
/// else that matters (site.yml, agencies.yml, themes.yml, the theme) needs the whole site rebuilt.
/// Editor droppings (backups, swap files, dot files) and theme/node_modules are ignored.
/// </summary>
public sealed class ChangeSet
{
    public HashSet<string> Reviews { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Pages { get; } = new(StringComparer.Ordinal);

    public bool Full { get; private set; }

    public string? FullReason { get; private set; }

    public bool IsEmpty => !Full && Reviews.Count == 0 && Pages.Count == 0;

    public static ChangeSet Classify(IEnumerable<string> paths, string inputDir, string themeDir)
    {
        string input = Path.GetFullPath(inputDir);
        string theme = Path.GetFullPath(themeDir);
        var set = new ChangeSet();
        foreach (var raw in paths)
        {
            string path = Path.GetFullPath(raw);
            string name = Path.GetFileName(path);
            if (name.Length == 0 || name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal)
                || name.EndsWith(".swx", StringComparison.Ordinal) || Directory.Exists(path))
            {
                continue;
            }

            if (IsUnder(path, theme))
            {
                string relative = Path.GetRelativePath(theme, path).Replace('\\', '/');
                if (!relative.StartsWith("node_modules/", StringComparison.Ordinal))
                {
                    set.MarkFull("theme/" + relative);
                }
            }
            else if (IsUnder(path, input))
            {
                string relative = Path.GetRelativePath(input, path).Replace('\\', '/');
                string folder = relative.Contains('/') ? relative[..relative.IndexOf('/')] : "";
                bool markdown = path.EndsWith(".md", StringComparison.Ordinal);
                if (folder == "reviews" && !relative[8..].Contains('/'))
                {
                    if (markdown)
                    {
                        set.Reviews.Add(path);
                    }
                }
                else if (folder == "pages" && !relative[6..].Contains('/'))
                {
                    if (markdown)
                    {
                        set.Pages.Add(path);
                    }
                }
                else if (folder.Length == 0 && path.EndsWith(".yml", StringComparison.Ordinal))
                {
                    set.MarkFull("input/" + relative);
                }
                else if (!File.Exists(path) && !Path.HasExtension(path))
                {
                    // A folder was removed or renamed: its files went with it.
                    set.MarkFull("input/" + relative);
                }
            }
        }

        return set;
    }

    public void MarkFull(string reason)
    {
        FullReason ??= reason;
        Full = true;
    }

    /// <summary>"a change to input/reviews/x.md" or "changes to 3 files", for the console.</summary>
    public string Describe(string inputDir)
    {
        if (Full)
        {
            return $"a change to {FullReason}";
        }

        var all = Reviews.Concat(Pages).ToList();
        return all.Count == 1
            ? $"a change to {Path.Combine(inputDir, Path.GetRelativePath(Path.GetFullPath(inputDir), all[0]))}"
            : $"changes to {all.Count} files";
    }

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
