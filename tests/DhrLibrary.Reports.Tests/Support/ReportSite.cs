namespace DhrLibrary.Reports.Tests.Support;

/// <summary>
/// The synthetic basic-site fixture copied to a temporary folder, with its reviews' report_url pointed at a local
/// server, and a report cache beside it. Deleted afterwards.
/// </summary>
public sealed class ReportSite : IDisposable
{
    public ReportSite()
    {
        string from = Path.Combine(RepoRoot, "tests", "fixtures", "basic-site");
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(Input, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public static string RepoRoot { get; } = FindRoot();

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "dhr-report-site-" + Guid.NewGuid().ToString("N"));

    public string Input => Path.Combine(Root, "input");

    public string Cache => Path.Combine(Root, "reports");

    public string Output => Path.Combine(Root, "output");

    /// <summary>Sets a review's source.report_url (adding it under source: when the review has none).</summary>
    public ReportSite WithReportUrl(string slug, string url)
    {
        string path = Path.Combine(Input, "reviews", slug + ".md");
        var lines = File.ReadAllLines(path).ToList();
        int existing = lines.FindIndex(l => l.TrimStart().StartsWith("report_url:", StringComparison.Ordinal));
        if (existing >= 0)
        {
            lines[existing] = $"  report_url: {url}";
        }
        else
        {
            int source = lines.FindIndex(l => l.StartsWith("source:", StringComparison.Ordinal));
            if (source < 0)
            {
                source = lines.FindIndex(l => l.StartsWith("csp:", StringComparison.Ordinal));
                lines.Insert(++source, "source:");
            }

            lines.Insert(source + 1, $"  report_url: {url}");
        }

        File.WriteAllLines(path, lines);
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the system cleans its temporary folder later.
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "StatiqSite.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("StatiqSite.sln not found above " + AppContext.BaseDirectory);
    }
}
