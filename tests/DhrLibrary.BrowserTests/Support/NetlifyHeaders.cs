using System.Text.RegularExpressions;

namespace DhrLibrary.BrowserTests.Support;

/// <summary>The response headers netlify.toml sets for every page (the <c>[headers.values]</c> of <c>for = "/*"</c>).</summary>
public static partial class NetlifyHeaders
{
    public static IReadOnlyDictionary<string, string> Read(string tomlPath)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        bool inValues = false;
        foreach (var raw in File.ReadLines(tomlPath))
        {
            string line = raw.Trim();
            if (line.StartsWith('['))
            {
                inValues = line == "[headers.values]";
                continue;
            }

            var match = inValues ? Pair().Match(line) : Match.Empty;
            if (match.Success)
            {
                headers[match.Groups[1].Value] = match.Groups[2].Value;
            }
        }

        return headers;
    }

    [GeneratedRegex("""^([A-Za-z-]+)\s*=\s*"(.*)"$""")]
    private static partial Regex Pair();
}
