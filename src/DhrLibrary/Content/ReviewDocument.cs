using DhrLibrary.Yaml;

namespace DhrLibrary.Content;

/// <summary>
/// A review file as text, lines and positioned YAML, so check rules can point at the exact line and column of
/// what they report. The reader makes it from its own parse when asked (<c>check</c> asks, the build does not:
/// holding every file's YAML tree would double the memory of a large library), so no file is parsed twice.
/// </summary>
public sealed class ReviewDocument
{
    private ReviewDocument(Review review, string[] lines, YMapping frontMatter, int lineOffset, int closingLine)
    {
        Review = review;
        Lines = lines;
        FrontMatter = frontMatter;
        LineOffset = lineOffset;
        ClosingLine = closingLine;
    }

    public Review Review { get; }

    public string File => Review.SourcePath;

    /// <summary>The file's lines (line 1 is index 0), without line ends or a byte order mark.</summary>
    public string[] Lines { get; }

    public YMapping FrontMatter { get; }

    /// <summary>Added to a YAML node's line to get its line in the file.</summary>
    public int LineOffset { get; }

    /// <summary>The file line of the closing <c>---</c>.</summary>
    public int ClosingLine { get; }

    /// <summary>The document of a file the reader has read into <paramref name="review"/>, from its own split and YAML tree.</summary>
    internal static ReviewDocument From(Review review, string text, Yaml.FrontMatter split, YMapping frontMatter)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return new ReviewDocument(review, lines, frontMatter, split.YamlFirstLine - 1, split.BodyFirstLine - 1);
    }

    public int FileLine(YNode node) => node.Line + LineOffset;

    /// <summary>The node at a path of keys such as <c>("source", "report_url")</c>, or null.</summary>
    public YNode? Find(params string[] keys)
    {
        YNode? node = FrontMatter;
        foreach (var key in keys)
        {
            node = node is YMapping map ? map[key] : null;
        }

        return node;
    }

    /// <summary>The key node of the top-level field <paramref name="key"/>, or null.</summary>
    public YScalar? Key(string key) => FrontMatter.Entries.FirstOrDefault(e => e.Key.Value == key).Key;

    /// <summary>
    /// The file lines that hold prose: each recommendation's text and the Markdown body. A text runs from its
    /// node to the line before the next node in the front matter.
    /// </summary>
    public IEnumerable<int> ProseLines()
    {
        var starts = new SortedSet<int>(AllNodes(FrontMatter).Select(FileLine)) { ClosingLine };
        if (Find("recommendations") is YSequence recommendations)
        {
            foreach (var item in recommendations.Items.OfType<YMapping>())
            {
                if (item["text"] is YNode text)
                {
                    int first = FileLine(text);
                    int next = starts.GetViewBetween(first + 1, int.MaxValue).Min;
                    for (int line = first; line < next; line++)
                    {
                        yield return line;
                    }
                }
            }
        }

        for (int line = ClosingLine + 1; line <= Lines.Length; line++)
        {
            yield return line;
        }
    }

    private static IEnumerable<YNode> AllNodes(YNode node)
    {
        yield return node;
        var children = node switch
        {
            YMapping map => map.Entries.SelectMany(e => new[] { e.Key, e.Value }),
            YSequence seq => seq.Items,
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in AllNodes(child))
            {
                yield return descendant;
            }
        }
    }
}
