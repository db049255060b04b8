using DhrLibrary.Output;

namespace DhrLibrary.Pipeline;

/// <summary>
/// The theme's static assets (CSS, scripts, icons), copied to <c>assets/</c> as they are; and its script bundles:
/// each <c>theme/scripts/NAME.bundle</c> lists script files (one path a line, relative to <c>theme/scripts/</c>,
/// <c>#</c> starts a comment) that are written one after the other as <c>assets/NAME.js</c>. The scripts stay
/// small and testable in node, and a page still makes one request for them.
/// </summary>
public static class CopyAssets
{
    public static IEnumerable<OutputFile> From(string themeDir)
    {
        string assets = Path.Combine(themeDir, "assets");
        if (Directory.Exists(assets))
        {
            foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                yield return OutputFile.Copy("assets/" + Path.GetRelativePath(assets, file).Replace('\\', '/'), file);
            }
        }

        string scripts = Path.Combine(themeDir, "scripts");
        if (!Directory.Exists(scripts))
        {
            yield break;
        }

        foreach (var bundle in Directory.EnumerateFiles(scripts, "*.bundle").Order(StringComparer.Ordinal))
        {
            yield return OutputFile.FromText("assets/" + Path.GetFileNameWithoutExtension(bundle) + ".js", Bundle(bundle, scripts));
        }
    }

    private static string Bundle(string bundlePath, string scripts)
    {
        var text = new System.Text.StringBuilder();
        var lines = File.ReadAllLines(bundlePath);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Split('#')[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            string path = Path.Combine(scripts, line);
            if (!File.Exists(path))
            {
                throw new BuildException($"{bundlePath}:{i + 1}:1: error: '{line}' is not a file in {scripts}; list scripts relative to that folder");
            }

            text.Append("// ").Append(line).Append('\n').Append(File.ReadAllText(path).TrimEnd()).Append('\n');
        }

        return text.ToString();
    }
}
