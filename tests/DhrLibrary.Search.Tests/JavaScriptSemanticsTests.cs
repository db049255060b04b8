using System.Text;
using System.Text.Json;

namespace DhrLibrary.Search.Tests;

/// <summary>
/// The JavaScript behaviour lunr depends on, checked against node: lower-casing, splitting and trimming
/// tokens, number printing and JSON string escaping.
/// </summary>
[Collection(LunrJsCollection.Name)]
public sealed class JavaScriptSemanticsTests(LunrJs lunr)
{
    [Fact]
    public void Should_Tokenize_And_Trim_Every_BMP_Character_As_LunrJs()
    {
        var texts = Enumerable.Range(0, 0x10000).Select(c => $"Ab{(char)c}cD").ToList();
        texts.AddRange(
        [
            "ΟΔΟΣ ΣΟΦΟΣ Σ ΑΣ. Α'Σ ΑΣ'Α ΑΣ̈ Ͻ", "İSTANBUL İ", "ǅemal ǈubljana", "𐐀𐐁𐐂 deseret", "😀x😀", "a\ud800b \udc00",
            "  leading and trailing  ", "--double--hyphen--", "tab\tnew\nline\r\nform\ffeed", "", "-", "ÉCOLE", "naïve_café",
        ]);

        var expected = JsonDocument.Parse(lunr.Harness("tokenize", lunr.WriteFile("texts.json", JsonStrings.EscapedArray(texts))));

        int i = 0;
        foreach (var tokens in expected.RootElement.EnumerateArray())
        {
            string text = texts[i++];
            string lower = JsString.ToLowerCase(text);
            var ours = Tokenizer.Tokenize(text, "f");
            var theirs = tokens.EnumerateArray().ToList();
            Assert.True(theirs.Count == ours.Count, $"'{Escape(text)}': {theirs.Count} tokens from lunr.js, {ours.Count} ours");
            for (int t = 0; t < ours.Count; t++)
            {
                var token = theirs[t];
                Assert.Equal(JsonStrings.Read(token[0]), ours[t].Str);
                Assert.Equal(token[1][0].GetInt32(), ours[t].Start);
                Assert.Equal(token[1][1].GetInt32(), ours[t].Length);
                Assert.Equal(token[2].GetInt32(), ours[t].Index);
                Assert.Equal(JsonStrings.Read(token[3]), Trimmer.Trim(ours[t].Str));
                Assert.Equal(lower.Substring(ours[t].Start!.Value, ours[t].Length!.Value), ours[t].Str);
            }
        }
    }

    [Fact]
    public void Should_Print_Numbers_As_JavaScript()
    {
        var values = SampleDoubles().ToList();
        string bits = string.Join('\n', values.Select(v => BitConverter.DoubleToInt64Bits(v).ToString("x16")));

        var lines = lunr.Harness("numbers", lunr.WriteFile("numbers.txt", bits)).Split('\n');

        Assert.Equal(values.Count, lines.Length);
        for (int i = 0; i < values.Count; i++)
        {
            Assert.True(lines[i] == JsNumber.ToString(values[i]), $"{values[i]:R}: String(x) '{lines[i]}', ours '{JsNumber.ToString(values[i])}'");
        }
    }

    [Fact]
    public void Should_Escape_Strings_As_Json_Stringify()
    {
        var strings = new List<string> { new(Enumerable.Range(0, 0x10000).Select(c => (char)c).ToArray()) };
        strings.AddRange(Enumerable.Range(0, 0x800).Select(c => $"{(char)(0xD800 + c)}x{(char)(0xDBFF - (c % 0x400))}{(char)(0xDC00 + c % 0x400)}"));
        strings.AddRange(["", "plain", "\"quoted\"", "back\\slash", "</script>", "\u2028\u2029", "😀"]);

        var expected = lunr.Harness("stringify", lunr.WriteFile("strings.json", JsonStrings.EscapedArray(strings))).Split('\n');

        for (int i = 0; i < strings.Count; i++)
        {
            var ours = new StringBuilder();
            JsonText.AppendString(ours, strings[i]);
            AssertText.Identical(expected[i], ours.ToString(), $"string {i}");
        }
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e21, "1e+21")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(1.5, "1.5")]
    [InlineData(-2.25, "-2.25")]
    [InlineData(12.05, "12.05")]
    public void Should_Print_Known_Numbers(double value, string expected)
    {
        Assert.Equal(expected, JsNumber.ToString(value));
    }

    private static IEnumerable<double> SampleDoubles()
    {
        ulong state = 42;
        ulong Next()
        {
            ulong z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        double[] special = [0, -0.0, 1, -1, 0.1, 0.5, 1e21, 1e-7, 1e-6, 9.999999999999999e20, 5e-324, double.MaxValue,
            double.Epsilon, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 2, Math.E, 1 + 1e-15];
        foreach (double value in special)
        {
            yield return value;
        }

        for (int i = 0; i < 3000; i++)
        {
            yield return BitConverter.Int64BitsToDouble((long)Next());
        }

        for (int i = 0; i < 3000; i++)
        {
            yield return JsMath.Round((Next() % 20_000_000) / 7.0) / 1000; // score-like thousandths
        }

        for (int n = 1; n <= 3000; n++)
        {
            for (int withTerm = 1; withTerm <= n; withTerm += 1 + n / 7)
            {
                yield return 1 + Math.Abs((n - withTerm + 0.5) / (withTerm + 0.5)); // idf arguments
            }
        }

        for (int e = -30; e <= 30; e++)
        {
            yield return Math.Pow(10, e);
            yield return 1.2345 * Math.Pow(10, e);
        }
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:x4}"));
}
