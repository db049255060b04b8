using System.Net;
using System.Text.RegularExpressions;

namespace DhrLibrary.BrowserTests.Support;

/// <summary>
/// Just enough HTML reading for the output checks: every start tag with its attributes (quoted values may
/// hold '&gt;'), skipping comments. The site's HTML is generated, so this need not handle every oddity.
/// </summary>
public static partial class HtmlTags
{
    public sealed record Tag(string Name, IReadOnlyDictionary<string, string> Attributes, int Index)
    {
        public string? this[string name] => Attributes.TryGetValue(name, out var value) ? value : null;
    }

    public static IEnumerable<Tag> Read(string html)
    {
        string withoutComments = Comment().Replace(html, m => new string(' ', m.Length));
        foreach (Match tag in StartTag().Matches(withoutComments))
        {
            var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (Match attribute in Attribute().Matches(tag.Groups[2].Value))
            {
                string value = attribute.Groups[2].Success ? Unquote(attribute.Groups[2].Value) : "";
                attributes[attribute.Groups[1].Value] = WebUtility.HtmlDecode(value);
            }

            yield return new Tag(tag.Groups[1].Value.ToLowerInvariant(), attributes, tag.Index);
        }
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] is '"' or '\'') && value[^1] == value[0] ? value[1..^1] : value;

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex("""<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""")]
    private static partial Regex StartTag();

    [GeneratedRegex("""([^\s=/"'>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")]
    private static partial Regex Attribute();
}
