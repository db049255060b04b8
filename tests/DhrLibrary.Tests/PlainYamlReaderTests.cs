using DhrLibrary.Yaml;

namespace DhrLibrary.Tests;

/// <summary>The fast YAML reader must give exactly what YamlDotNet gives, or decline.</summary>
public sealed class PlainYamlReaderTests
{
    public static TheoryData<string> Documents() =>
    [
        "title: Northshire review\ncsp: Northshire\npublished: 2022-03\n",
        "a: 1\nb: \"quoted: with colon\"\nc: 'it''s'\nd: \"esc \\\" \\\\ \\u00e9\"\n",
        "themes: [a, b-c, \"d, e\", 'f']\nempty: []\n",
        "list:\n  - one\n  - two # comment\nnext: x\n",
        "list:\n- one\n- two\n",
        "recs:\n  - number: 1\n    text: >-\n      Folded text\n      over lines.\n\n      New paragraph.\n    addressed_to:\n      - A\n      - 'B, C'\n  - number: 2\n    text: plain\n    addressed_to: [X]\n",
        "lit: |\n  line one\n  line two\n\nkeep: >\n  folded\n  clip\n",
        "# a comment\nsource:\n  name: Home Office\n  report_url: https://example.org/a.pdf\n\n# trailing\n",
        "title: Multi\n  line plain\n",
        "title: &a anchored\n",
        "a: 1\na: 2\n",
        "a: b: c\n",
        "key:\n",
        "text: >-\n  more\n    indented\n",
        "- a\n- b\n",
        "a: [b, [c]]\n",
        "a: {b: c}\n",
        "a: \"unterminated\n",
        "a: 'x' y\n",
        "name: National Police Chiefs’ Council\n",
        "a: -1\nb: - x\n",
        "a:   spaced   \nb: x #c\n",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_fast_reader_agrees_with_YamlDotNet_or_declines(string yaml)
    {
        if (!PlainYamlReader.TryRead(yaml, out var fast))
        {
            return;
        }

        var full = YamlTreeReader.ReadWithYamlDotNet(yaml);
        AssertSame(full, fast);
    }

    [Fact]
    public void The_fast_reader_reads_the_shapes_review_files_use()
    {
        Assert.True(PlainYamlReader.TryRead("recs:\n  - number: 1\n    text: >-\n      Folded text\n      over lines.\n    addressed_to:\n      - A\n", out _));
        Assert.True(PlainYamlReader.TryRead("themes: [a, b-c, \"d, e\", 'f']\nempty: []\n", out _));
        Assert.False(PlainYamlReader.TryRead("title: &a anchored\n", out _));
        Assert.False(PlainYamlReader.TryRead("a: 1\na: 2\n", out _));
    }

    [Fact]
    public void Every_shipped_and_fixture_review_reads_the_same_both_ways()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "input"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "tests", "fixtures"), "*.md", SearchOption.AllDirectories))
            .ToList();
        int fastCount = 0;
        foreach (var file in files)
        {
            var split = FrontMatter.Split(File.ReadAllText(file));
            if (split is null)
            {
                continue;
            }

            YNode? full;
            try
            {
                full = YamlTreeReader.ReadWithYamlDotNet(split.Yaml);
            }
            catch (YamlSyntaxException)
            {
                continue;
            }

            if (PlainYamlReader.TryRead(split.Yaml, out var fast))
            {
                fastCount++;
                AssertSame(full, fast);
            }
        }

        Assert.True(fastCount >= 2, $"the fast reader read only {fastCount} of {files.Count} files");
    }

    internal static void AssertSame(YNode? expected, YNode? actual)
    {
        switch (expected)
        {
            case null:
                Assert.Null(actual);
                break;
            case YScalar s:
                var a = Assert.IsType<YScalar>(actual);
                Assert.Equal((s.Value, s.IsPlain, s.Line, s.Column), (a.Value, a.IsPlain, a.Line, a.Column));
                break;
            case YSequence q:
                var aq = Assert.IsType<YSequence>(actual);
                Assert.Equal((q.Line, q.Column, q.Items.Count), (aq.Line, aq.Column, aq.Items.Count));
                for (int i = 0; i < q.Items.Count; i++)
                {
                    AssertSame(q.Items[i], aq.Items[i]);
                }

                break;
            case YMapping m:
                var am = Assert.IsType<YMapping>(actual);
                Assert.Equal((m.Line, m.Column, m.Entries.Count), (am.Line, am.Column, am.Entries.Count));
                for (int i = 0; i < m.Entries.Count; i++)
                {
                    AssertSame(m.Entries[i].Key, am.Entries[i].Key);
                    AssertSame(m.Entries[i].Value, am.Entries[i].Value);
                }

                break;
        }
    }
}
