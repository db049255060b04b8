using DhrLibrary.Model;
using DhrLibrary.Rendering;
using Scriban.Runtime;

namespace DhrLibrary.Tests;

public sealed class TemplateLimitsTests : IDisposable
{
    private readonly string _theme = Path.Combine(Path.GetTempPath(), "dhr-theme-" + Guid.NewGuid().ToString("N"));

    public TemplateLimitsTests()
    {
        Directory.CreateDirectory(Path.Combine(_theme, "layouts"));
        File.WriteAllText(Path.Combine(_theme, "layouts", "_layout.sbn-html"), "<main>{{ content }}</main>");
    }

    public void Dispose() => Directory.Delete(_theme, recursive: true);

    [Fact]
    public void A_twenty_thousand_item_loop_and_a_page_over_two_megabytes_render_whole()
    {
        File.WriteAllText(Path.Combine(_theme, "layouts", "list.sbn-html"), "{{ for item in page }}<li>{{ item }}</li>\n{{ end }}");
        var items = Enumerable.Range(0, 20_000).Select(i => $"Review number {i:D5} with a title long enough to fill a whole line of text in the list of every review in the library").ToList();
        var globals = new ScriptObject { ["page"] = items };
        var html = ThemeTemplates.Load(_theme).RenderPage("list", globals);
        Assert.True(html.Length > 2 * 1024 * 1024, $"only {html.Length} characters");
        Assert.EndsWith("<li>Review number 19999 with a title long enough to fill a whole line of text in the list of every review in the library</li>\n</main>", html);
        Assert.Equal(20_000, html.Split("<li>").Length - 1);
    }

    [Fact]
    public void Values_are_escaped_once_and_html_strings_are_not_escaped()
    {
        File.WriteAllText(Path.Combine(_theme, "layouts", "x.sbn-html"), "{{ text }}|{{ html }}|{{ text | string.upcase }}");
        var globals = new ScriptObject { ["text"] = "<b>\"A & B\"</b>", ["html"] = new HtmlString("<em>ok</em>") };
        var html = ThemeTemplates.Load(_theme).RenderPage("x", globals);
        Assert.Equal("<main>&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;|<em>ok</em>|&lt;B&gt;&quot;A &amp; B&quot;&lt;/B&gt;</main>", html);
    }

    [Fact]
    public void An_undefined_variable_is_an_error_with_its_position()
    {
        File.WriteAllText(Path.Combine(_theme, "layouts", "x.sbn-html"), "ok\n  {{ no_such_variable }}");
        var ex = Assert.Throws<TemplateException>(() => ThemeTemplates.Load(_theme).RenderPage("x", new ScriptObject()));
        Assert.EndsWith("x.sbn-html", ex.File);
        Assert.Equal((2, 6), (ex.Line, ex.Column));
    }
}
