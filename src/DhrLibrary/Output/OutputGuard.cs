namespace DhrLibrary.Output;

/// <summary>
/// Decides whether a build may replace a folder. A build replaces its output folder as a whole, so a mistyped
/// <c>--output</c> (<c>.</c>, <c>..</c>, <c>input</c>, a home folder) would delete a maintainer's work. The build
/// marks what it makes with <see cref="MarkerName"/>; any other non-empty folder is refused unless forced, and a
/// folder holding the input, the theme, a repository or the current folder is refused even when forced.
/// </summary>
public static class OutputGuard
{
    /// <summary>The small file every build leaves at the top of its output, saying the folder is the build's.</summary>
    public const string MarkerName = ".dhr-library-output";

    public const string MarkerText = "This folder was made by the DHR library build, which replaces it as a whole on every build.\n" +
                                     "Do not keep your own files here.\n";

    /// <summary>Why the build must not write into <paramref name="outputDir"/>, or null when it may.</summary>
    public static string? Refusal(string outputDir, string inputDir, string themeDir, bool force, string? currentDir = null)
    {
        string output = RealPath(outputDir);
        string shown = outputDir;
        if (File.Exists(output))
        {
            return $"--output '{shown}' is a file, not a folder; the build writes a folder there. Choose another --output.";
        }

        // The input and theme are refused both ways (output inside input would be read back as content);
        // the current folder only when the output would swallow it (output/ inside it is the normal case).
        var never = new (string Path, string What, bool InsideToo)[]
        {
            (RealPath(inputDir), $"the input folder '{inputDir}'", true),
            (RealPath(themeDir), $"the theme folder '{themeDir}'", true),
            (RealPath(currentDir ?? Directory.GetCurrentDirectory()), "the current folder", false),
        };
        foreach (var (path, what, insideToo) in never)
        {
            if (Contains(output, path))
            {
                return $"--output '{shown}' {(Same(output, path) ? "is" : "contains")} {what}; a build replaces its output folder as a whole and would delete it. Choose another --output (the default is 'output').";
            }

            if (insideToo && Contains(path, output))
            {
                return $"--output '{shown}' is inside {what}; the build must not write into it. Choose another --output (the default is 'output').";
            }
        }

        string? repo = RepositoryRoot(RealPath(currentDir ?? Directory.GetCurrentDirectory()));
        if (repo is not null && Contains(output, repo))
        {
            return $"--output '{shown}' contains the repository '{repo}'; a build replaces its output folder as a whole and would delete it. Choose another --output.";
        }

        if (string.IsNullOrEmpty(Path.GetFileName(output)) || Same(output, Home()))
        {
            return $"--output '{shown}' is {(Same(output, Home()) ? "your home folder" : "the root of a drive")}; a build replaces its output folder as a whole. Choose another --output.";
        }

        if (!Directory.Exists(output))
        {
            return null;
        }

        if (Directory.Exists(Path.Combine(output, ".git")) || File.Exists(Path.Combine(output, ".git")))
        {
            return $"--output '{shown}' holds a git repository (.git); a build replaces its output folder as a whole and would delete it. Choose another --output.";
        }

        if (File.Exists(Path.Combine(output, MarkerName)) || !Directory.EnumerateFileSystemEntries(output).Any() || force)
        {
            return null;
        }

        return $"--output '{shown}' is a folder the build did not make (it has files and no {MarkerName} marker); a build replaces its output folder as a whole and would delete them. " +
               "Choose an empty or new folder, or, if it really is an old build's output to be replaced, run again with --force.";
    }

    /// <summary>The absolute path with every symbolic link along it followed, so a link cannot hide the input.</summary>
    public static string RealPath(string path)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        string? parent = Path.GetDirectoryName(full);
        if (parent is null)
        {
            return full;
        }

        string resolved = Path.Combine(RealPath(parent), Path.GetFileName(full));
        try
        {
            var info = new FileInfo(resolved);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                return target is null ? resolved : RealPath(target.FullName);
            }
        }
        catch (IOException)
        {
            // A link loop or an unreadable link: compare the path as written.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return resolved;
    }

    private static string? RepositoryRoot(string dir)
    {
        for (var current = new DirectoryInfo(dir); current is not null; current = current.Parent)
        {
            string git = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return current.FullName;
            }
        }

        return null;
    }

    private static string Home() => RealPath(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? home : "/nonexistent-home");

    private static StringComparison Comparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static bool Same(string a, string b) => string.Equals(a, b, Comparison);

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies inside it.</summary>
    private static bool Contains(string outer, string inner) =>
        Same(outer, inner) || inner.StartsWith(Path.TrimEndingDirectorySeparator(outer) + Path.DirectorySeparatorChar, Comparison)
                           || (outer.EndsWith(Path.DirectorySeparatorChar) && inner.StartsWith(outer, Comparison));
}
