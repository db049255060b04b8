using System.Diagnostics;
using System.Text;

namespace DhrLibrary.Search.Tests;

/// <summary>
/// lunr.js as the theme's package-lock.json pins it, in <c>theme/node_modules</c>, installed with <c>npm ci</c>
/// when missing (CI starts from a clean clone). The generator's build (DhrLibrary.Pipeline.BrowserPackages)
/// installs the same packages, possibly at the same time in another process: both take the lock file
/// <see cref="LockFile"/> in the theme folder first, so only one runs npm, and the others find lunr installed.
/// </summary>
public static class LunrInstallation
{
    /// <summary>The same name as BrowserPackages.LockFile.</summary>
    public const string LockFile = ".npm-install.lock";

    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(5);

    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ThemeDirectory => Path.Combine(RepositoryPaths.Root, "theme");

    /// <summary>The installed package folder, <c>theme/node_modules/lunr</c>.</summary>
    public static string PackageDirectory => Path.Combine(ThemeDirectory, "node_modules", "lunr");

    /// <summary>The path of lunr.js, installing it first if needed.</summary>
    public static string LunrPath => Installed.Value;

    private static string Install()
    {
        string lunr = Path.Combine(PackageDirectory, "lunr.js");
        string lockPath = Path.Combine(ThemeDirectory, LockFile);

        // While the lock file exists someone may be installing, and lunr.js may be there but not the rest yet.
        if (File.Exists(lunr) && !File.Exists(lockPath))
        {
            return lunr;
        }

        using (AcquireLock(lockPath))
        {
            // Whoever held the lock before may have installed it.
            if (!File.Exists(lunr))
            {
                NpmCi();
            }
        }

        return File.Exists(lunr) ? lunr : throw new InvalidOperationException($"npm ci did not install {lunr}.");
    }

    // Opening the file with FileShare.None locks it (flock on Unix); DeleteOnClose removes it when released.
    private static FileStream AcquireLock(string path)
    {
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(LockRetry);
            }
        }
    }

    private static void NpmCi()
    {
        var startInfo = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        {
            WorkingDirectory = ThemeDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        using var npm = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start npm.");
        var error = npm.StandardError.ReadToEndAsync();
        npm.StandardOutput.ReadToEnd();
        npm.WaitForExit();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {ThemeDirectory} exited with {npm.ExitCode}:\n{error.Result}");
        }
    }
}
