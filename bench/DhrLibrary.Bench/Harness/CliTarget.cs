namespace DhrLibrary.Bench.Harness;

/// <summary>
/// The generator under test: a Release build of src/DhrLibrary.Cli and the theme beside it. Built from the
/// working tree, or (with a git revision) from a clean export of that commit, so edits in progress elsewhere
/// in the tree cannot leak into the figures.
/// </summary>
public sealed record CliTarget(string Dll, string ThemeDir, string Description)
{
    public static CliTarget Prepare(string? revision, string? prebuiltDll)
    {
        if (prebuiltDll is not null)
        {
            return new CliTarget(Path.GetFullPath(prebuiltDll), RepoPaths.Theme, $"prebuilt {prebuiltDll}");
        }

        string sourceRoot = RepoPaths.Root;
        string label = "working tree at " + Git("rev-parse", "--short", "HEAD") + (Git("status", "--porcelain", "--", "src", "theme").Length > 0 ? " (with uncommitted changes in src/ or theme/)" : "");
        if (revision is not null)
        {
            string sha = Git("rev-parse", "--short", revision);
            sourceRoot = RepoPaths.Under("src-snapshots", sha);
            if (!File.Exists(Path.Combine(sourceRoot, "StatiqSite.sln")))
            {
                Directory.CreateDirectory(sourceRoot);
                Shell($"git -C '{RepoPaths.Root}' archive {sha} src theme Directory.Build.props Directory.Packages.props global.json StatiqSite.sln .editorconfig | tar -x -C '{sourceRoot}'");
            }

            // lunr.js comes from npm; reuse the working tree's installed copy rather than hitting the registry.
            string modules = Path.Combine(sourceRoot, "theme", "node_modules");
            if (!Directory.Exists(modules) && Directory.Exists(Path.Combine(RepoPaths.Theme, "node_modules")))
            {
                Directory.CreateSymbolicLink(modules, Path.Combine(RepoPaths.Theme, "node_modules"));
            }

            label = "commit " + sha;
        }

        string output = revision is null ? RepoPaths.Under("cli", "worktree") : RepoPaths.Under("cli", label.Replace("commit ", ""));
        Console.Error.WriteLine($"Building the CLI (Release) from the {label} ...");
        var build = ChildProcess.Run("dotnet",
            ["build", "-c", "Release", "--nologo", "-v", "quiet", Path.Combine(sourceRoot, "src", "DhrLibrary.Cli", "DhrLibrary.Cli.csproj"), "-o", output],
            sourceRoot);
        if (!build.Succeeded)
        {
            throw new InvalidOperationException($"dotnet build of the CLI failed:\n{build.Stdout}\n{build.Stderr}");
        }

        return new CliTarget(Path.Combine(output, "dhr-library.dll"), Path.Combine(sourceRoot, "theme"), label);
    }

    /// <summary>Arguments for `dotnet` to build <paramref name="input"/> into <paramref name="output"/> with stage times.</summary>
    public IReadOnlyList<string> BuildArgs(string input, string output) =>
        [Dll, "build", "--input", input, "--output", output, "--theme", ThemeDir, "--timings"];

    public static string Git(params string[] args)
    {
        var result = ChildProcess.Run("git", ["-C", RepoPaths.Root, .. args]);
        return result.Stdout.Trim();
    }

    private static void Shell(string command)
    {
        var result = ChildProcess.Run("sh", ["-c", command]);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"'{command}' failed: {result.Stderr}");
        }
    }
}
