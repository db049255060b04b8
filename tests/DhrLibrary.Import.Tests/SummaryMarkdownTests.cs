namespace DhrLibrary.Import.Tests;

/// <summary>The plain-text summary becomes Markdown that renders as the same paragraphs and nothing else.</summary>
public sealed class SummaryMarkdownTests
{
    [Fact]
    public void Wrapped_lines_never_start_a_list_heading_quote_or_rule()
    {
        var tokens = new[] { "- dash", "+ plus", "* star", "# hash", "> quote", "1. one", "2) two", "=== rule", "--- rule", "``` fence", "<div> tag" };
        string paragraph = string.Join(" ", Enumerable.Range(0, 200).Select(i => i % 3 == 0 ? tokens[i % tokens.Length] : "wording"));

        string markdown = SummaryMarkdown.From([paragraph, "- a paragraph that starts like a list", "1. and one like a numbered list"]);
        string html = Markdig.Markdown.ToHtml(markdown);

        Assert.Equal(3, html.Split("<p>").Length - 1);
        Assert.DoesNotContain("<li>", html);
        Assert.DoesNotContain("<h", html);
        Assert.DoesNotContain("<blockquote>", html);
        Assert.DoesNotContain("<hr", html);
        Assert.DoesNotContain("<pre>", html);
        Assert.All(markdown.Split('\n'), line => Assert.True(line.Length <= 80 || !line.Contains(' '), line));
    }
}
