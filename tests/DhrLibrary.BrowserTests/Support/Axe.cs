using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace DhrLibrary.BrowserTests.Support;

/// <summary>Runs axe-core with the WCAG 2.0, 2.1 and 2.2 A/AA rules and describes each violation for a failure message.</summary>
public static class Axe
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    /// <summary>The page's violations as readable lines (rule id, impact, help, then each failing element); empty when clean.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Options);
        var lines = new List<string>();
        foreach (var violation in result.Violations)
        {
            lines.Add($"{violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes)
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message);
                lines.Add($"    at {node.Target}: {string.Join("; ", checks)}");
            }
        }

        return lines;
    }
}
