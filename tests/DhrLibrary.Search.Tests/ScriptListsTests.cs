using System.Text;
using System.Text.Json;

namespace DhrLibrary.Search.Tests;

/// <summary>The lists the search scripts carry as single JSON strings: integers in base-32 digits, strings a line each.</summary>
public sealed class ScriptListsTests
{
    [Fact]
    public void Should_Read_Back_The_Integers_It_Wrote()
    {
        int[] values = [0, 1, 31, 32, 33, 1023, 1024, 65_535, 1_000_000, int.MaxValue];
        var buffer = new StringBuilder();

        ScriptLists.AppendIntegers(buffer, values);

        string literal = JsonSerializer.Deserialize<string>(buffer.ToString())!;
        Assert.Equal(values, ScriptLists.ReadIntegers(literal));
        Assert.Equal([0], ScriptLists.ReadIntegers(literal[..1]));
        Assert.DoesNotContain('"', literal);
        Assert.DoesNotContain('\\', literal);
    }

    [Theory]
    [InlineData("]")]
    [InlineData("!")]
    public void Should_Refuse_What_Is_Not_An_Integer_List(string encoded) =>
        Assert.Throws<FormatException>(() => ScriptLists.ReadIntegers(encoded));

    [Fact]
    public void Should_Write_Strings_A_Line_Each_And_An_Empty_List_As_An_Empty_Array()
    {
        var buffer = new StringBuilder();
        ScriptLists.AppendLines(buffer, ["reviews/a/", "", "quote \" and \u2028"], "ref");
        Assert.Equal("\"reviews/a/\\n\\nquote \\\" and \\u2028\"", buffer.ToString());
        Assert.Equal(["reviews/a/", "", "quote \" and \u2028"], JsonSerializer.Deserialize<string>(buffer.ToString())!.Split('\n'));

        buffer.Clear();
        ScriptLists.AppendLines(buffer, [], "ref");
        Assert.Equal("[]", buffer.ToString());
    }

    [Fact]
    public void Should_Refuse_A_Line_Break_Inside_A_Value()
    {
        var error = Assert.Throws<ArgumentException>(() => ScriptLists.AppendLines(new StringBuilder(), ["one\ntwo"], "title"));
        Assert.Contains("title", error.Message);
    }
}
