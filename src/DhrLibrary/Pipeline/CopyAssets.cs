using DhrLibrary.Output;

namespace DhrLibrary.Pipeline;

/// <summary>The theme's static assets (CSS, scripts, icons), copied to <c>assets/</c> as they are.</summary>
public static class CopyAssets
{
    public static IEnumerable<OutputFile> From(string themeDir)
    {
        string assets = Path.Combine(themeDir, "assets");
        if (!Directory.Exists(assets))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return OutputFile.Copy("assets/" + Path.GetRelativePath(assets, file).Replace('\\', '/'), file);
        }
    }
}
