using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DhrLibrary.Rendering;

/// <summary>
/// The theme's Scriban layouts (<c>theme/layouts/*.sbn-html</c>), each parsed once and reused for every page.
/// A page template renders the page body; <c>_layout</c> wraps it with the header, navigation and footer.
/// </summary>
public sealed class ThemeTemplates
{
    private readonly Dictionary<string, (Template Template, string File)> _templates;
    private readonly ScriptObject _builtins = TemplateContext.GetDefaultBuiltinObject();

    private ThemeTemplates(Dictionary<string, (Template, string)> templates) => _templates = templates;

    public static ThemeTemplates Load(string themeDir)
    {
        string layouts = Path.Combine(themeDir, "layouts");
        if (!Directory.Exists(layouts))
        {
            throw new TemplateException(layouts, 1, 1, "theme layouts folder not found (pass --theme with the folder holding layouts/)");
        }

        var templates = new Dictionary<string, (Template, string)>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(layouts, "*.sbn-html").Order(StringComparer.Ordinal))
        {
            var template = Template.Parse(File.ReadAllText(file), file);
            if (template.HasErrors)
            {
                var first = template.Messages[0];
                throw new TemplateException(file, first.Span.Start.Line + 1, first.Span.Start.Column + 1, first.Message);
            }

            templates[Path.GetFileNameWithoutExtension(file)] = (template, file);
        }

        return new ThemeTemplates(templates);
    }

    /// <summary>Renders template <paramref name="name"/> with <paramref name="globals"/> and wraps it in the layout.</summary>
    public string RenderPage(string name, ScriptObject globals)
    {
        var body = Render(name, globals);
        globals["content"] = new HtmlString(body);
        return Render("_layout", globals);
    }

    public string Render(string name, ScriptObject globals)
    {
        if (!_templates.TryGetValue(name, out var entry))
        {
            throw new TemplateException(name + ".sbn-html", 1, 1, $"the theme has no template '{name}.sbn-html'");
        }

        var context = new HtmlTemplateContext(_builtins);
        context.PushGlobal(globals);
        try
        {
            return entry.Template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateException(entry.File, ex.Span.Start.Line + 1, ex.Span.Start.Column + 1, ex.OriginalMessage);
        }
    }
}
