using DhrLibrary.Pipeline;

namespace DhrLibrary.Tests.Relevance;

/// <summary>
/// The search page's scripts (theme/scripts) are tested in node (theme/scripts/tests/*.test.js, node's own test
/// runner); this runs them over the shipped library, built here, and fails with their report.
/// </summary>
public sealed class ThemeScriptTests
{
    [Fact]
    public void The_search_scripts_pass_their_node_tests_over_the_built_library()
    {
        string site = Path.Combine(Path.GetTempPath(), "dhr-scripts-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = new SiteBuilder(Path.Combine(RepositoryRoot.Path, "input"), Path.Combine(RepositoryRoot.Path, "theme"), new RenderOptions()).Build(site);
            Assert.True(result.Succeeded);
            var (code, output, errors) = NodeScript.RunWith(new Dictionary<string, string> { ["DHR_TEST_SITE"] = site }, "--test", "--test-reporter=tap", Path.Combine("theme", "scripts", "tests"));
            Assert.True(code == 0, output + errors);
            Assert.Contains("# fail 0", output);
            Assert.DoesNotContain("# pass 0", output);
        }
        finally
        {
            if (Directory.Exists(site))
            {
                Directory.Delete(site, recursive: true);
            }
        }
    }
}
