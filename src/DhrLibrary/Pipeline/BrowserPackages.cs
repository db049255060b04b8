using System.Diagnostics;

namespace DhrLibrary.Pipeline;

/// <summary>
/// The browser packages the site ships (lunr.js), installed from npm as pinned by the theme's
/// package-lock.json. The build installs them itself when they are missing, so a fresh clone builds.
/// </summary>
public static class BrowserPackages
{
    public const string LunrRelative = "node_modules/lunr/lunr.min.js";

    /// <summary>Held while npm installs, by the build and by the tests that install lunr.js themselves.</summary>
    public const string LockFile = ".npm-install.lock";

    /// <summary>The path of lunr.min.js, running <c>npm ci</c> in the theme folder first if needed.</summary>
    public static string EnsureLunr(string themeDir)
    {
        string lunr = Path.Combine(themeDir, LunrRelative);
        if (File.Exists(lunr))
        {
            return lunr;
        }

        if (!Directory.Exists(themeDir))
        {
            // Without this the install lock below cannot be created and would be retried for its full five minutes.
            throw new BuildException($"{themeDir}: the theme folder does not exist; give the theme with --theme DIR");
        }

        // Builds and test runs in parallel processes may all find lunr.js missing: one installs, the others wait.
        using var installLock = AcquireInstallLock(Path.Combine(themeDir, LockFile));
        if (File.Exists(lunr))
        {
            return lunr;
        }

        if (!File.Exists(Path.Combine(themeDir, "package.json")))
        {
            throw new BuildException($"{Path.Combine(themeDir, "package.json")}: the theme has no package.json, so lunr.js cannot be installed");
        }

        var start = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        {
            WorkingDirectory = themeDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var npm = Process.Start(start)!;
            var stderr = npm.StandardError.ReadToEndAsync();
            npm.StandardOutput.ReadToEnd();
            npm.WaitForExit();
            if (npm.ExitCode != 0 || !File.Exists(lunr))
            {
                throw new BuildException($"{themeDir}: 'npm ci' failed to install lunr.js ({npm.ExitCode}): {stderr.Result.Trim()}");
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new BuildException($"{themeDir}: lunr.js is not installed and npm was not found; install Node.js and npm, or run 'npm ci' in the theme folder");
        }

        return lunr;
    }

    /// <summary>
    /// An exclusive lock file for an <c>npm ci</c> (held until disposed, deleted on close): processes that find a package
    /// missing at once install it one at a time; the others wait, up to five minutes. The test tools use it too.
    /// </summary>
    public static FileStream AcquireInstallLock(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }
}
