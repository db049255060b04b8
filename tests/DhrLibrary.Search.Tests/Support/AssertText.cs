namespace DhrLibrary.Search.Tests;

public static class AssertText
{
    /// <summary>Equality of long texts, reporting the first difference with some context.</summary>
    public static void Identical(string expected, string actual, string what)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        int at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        int from = Math.Max(0, at - 120);
        Assert.Fail(
            $"{what}: first difference at {at} (lengths {expected.Length} expected, {actual.Length} actual)\n" +
            $"expected: …{Slice(expected, from, at)}\nactual:   …{Slice(actual, from, at)}");
    }

    private static string Slice(string text, int from, int at) =>
        text.Substring(from, Math.Min(text.Length, at + 120) - from);
}
