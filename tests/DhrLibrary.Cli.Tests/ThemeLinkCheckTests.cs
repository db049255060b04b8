using DhrLibrary.Cli.Tests.Support;

namespace DhrLibrary.Cli.Tests;

/// <summary>Every link the theme makes leads somewhere, whichever free pages a library has; check says when one does not.</summary>
public sealed class ThemeLinkCheckTests
{
    [Fact]
    public void A_library_without_an_about_page_checks_clean_and_links_to_no_about_page()
    {
        using var site = TempSite.CopyOf("basic-site");
        File.Delete(site.PathOf("pages/about.md"));

        var check = Shell.Run("check", "--input", site.Input, "--theme", RepoPaths.Theme);
        var build = Shell.Run("build", "--input", site.Input, "--output", site.Output, "--theme", RepoPaths.Theme);

        Assert.True(check.ExitCode == ExitCodes.Ok, check.ToString());
        Assert.True(build.ExitCode == ExitCodes.Ok, build.ToString());
        Assert.False(Directory.Exists(Path.Combine(site.Output, "about")));
        foreach (var page in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("about/\"", File.ReadAllText(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_names_the_layout_that_links_to_a_page_the_library_does_not_have()
    {
        using var site = TempSite.CopyOf("basic-site");
        string theme = Path.Combine(site.Root, "theme");
        CopyTheme(RepoPaths.Theme, theme);
        string layout = Path.Combine(theme, "layouts", "_layout.sbn-html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace(
            "<li><a href=\"{{ url \"support/\" }}\">Support</a></li>",
            "<li><a href=\"{{ url \"support/\" }}\">Support</a></li><li><a href=\"{{ url \"glossary/\" }}\">Glossary</a></li>",
            StringComparison.Ordinal));

        var check = Shell.Run("check", "--input", site.Input, "--theme", theme);

        Assert.Equal(ExitCodes.ContentErrors, check.ExitCode);
        Assert.Contains(check.StderrLines, l => l.Contains("_layout.sbn-html", StringComparison.Ordinal) && l.Contains("glossary/", StringComparison.Ordinal));
    }

    private static void CopyTheme(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            if (relative.EndsWith(".npm-install.lock", StringComparison.Ordinal))
            {
                continue;
            }

            string target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
