using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DhrLibrary.Search.Tests;

public static class JsonStrings
{
    // JsonElement.GetString rejects lone surrogates, which the fixtures use on purpose: unescape by hand.
    public static string Read(JsonElement value)
    {
        string raw = value.GetRawText();
        var result = new StringBuilder(raw.Length);
        for (int i = 1; i < raw.Length - 1; i++)
        {
            if (raw[i] != '\\')
            {
                result.Append(raw[i]);
                continue;
            }

            char escape = raw[++i];
            result.Append(escape switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => (char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                _ => escape,
            });
            if (escape == 'u')
            {
                i += 4;
            }
        }

        return result.ToString();
    }

    // A JSON array with every character escaped, so lone surrogates survive the trip to node.
    public static string EscapedArray(IEnumerable<string> strings)
    {
        var json = new StringBuilder("[");
        foreach (string s in strings)
        {
            json.Append(json.Length > 1 ? ",\"" : "\"");
            foreach (char c in s)
            {
                json.Append("\\u").Append(((int)c).ToString("x4"));
            }

            json.Append('"');
        }

        return json.Append(']').ToString();
    }
}
