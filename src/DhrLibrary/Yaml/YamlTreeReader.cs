using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DhrLibrary.Yaml;

/// <summary>
/// Reads one YAML document into <see cref="YNode"/>s that keep their positions. It is strict on purpose:
/// anchors, aliases, tags, duplicate keys, non-scalar keys and tab characters are rejected, because
/// maintainers edit these files by hand and such constructs hide mistakes in a diff.
/// </summary>
public static class YamlTreeReader
{
    public static YNode? Read(string yaml)
    {
        RejectTabs(yaml);
        YamlDepth.Check(yaml, YamlDepth.MaxDepth);
        var root = PlainYamlReader.TryRead(yaml, out var fast) ? fast : ReadWithYamlDotNet(yaml);
        RejectControlCharacters(root);
        return root;
    }

    /// <summary>
    /// A double-quoted escape ("\x01", "\f", "\n" in a one-line field) makes the control characters the file
    /// itself may not hold; they would break the feed and headers, so values are held to the same rule.
    /// Line breaks stay allowed in values that may span lines (block scalars); tabs everywhere.
    /// </summary>
    private static void RejectControlCharacters(YNode? node)
    {
        switch (node)
        {
            case YScalar scalar:
                foreach (char c in scalar.Value)
                {
                    if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F' or '\uFFFE' or '\uFFFF')
                    {
                        throw new YamlSyntaxException($"this value holds the control character U+{(int)c:X4} (from an escape such as \\x01): remove it", scalar.Line, scalar.Column);
                    }
                }

                break;
            case YSequence sequence:
                foreach (var item in sequence.Items)
                {
                    RejectControlCharacters(item);
                }

                break;
            case YMapping mapping:
                foreach (var (key, value) in mapping.Entries)
                {
                    RejectControlCharacters(key);
                    RejectControlCharacters(value);
                }

                break;
        }
    }

    /// <summary>The full YAML reader (YamlDotNet); <see cref="Read"/> uses it when the fast reader declines.</summary>
    internal static YNode? ReadWithYamlDotNet(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            YNode? root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var next = parser.Current!;
                throw new YamlSyntaxException("only one YAML document is allowed here", (int)next.Start.Line, (int)next.Start.Column);
            }

            return root;
        }
        catch (YamlException ex)
        {
            throw new YamlSyntaxException(Clean(ex.Message), (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column));
        }
    }

    private static void RejectTabs(string yaml)
    {
        int line = 1, column = 1;
        foreach (char c in yaml)
        {
            if (c == '\t')
            {
                throw new YamlSyntaxException("tab character: YAML needs spaces here; replace the tab with spaces", line, column);
            }

            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
    }

    private static YNode ReadNode(IParser parser)
    {
        var ev = parser.Current ?? throw new YamlSyntaxException("unexpected end of YAML", 1, 1);
        int line = (int)ev.Start.Line, column = (int)ev.Start.Column;
        switch (ev)
        {
            case AnchorAlias alias:
                throw new YamlSyntaxException($"alias '*{alias.Value}' is not allowed: write the value out in full", line, column);
            case NodeEvent { Anchor.IsEmpty: false } anchored:
                throw new YamlSyntaxException($"anchor '&{anchored.Anchor}' is not allowed: write the value out in full", line, column);
            case NodeEvent { Tag.IsEmpty: false } tagged when !(tagged is Scalar { Tag.Value: "!" }):
                throw new YamlSyntaxException($"tag '{tagged.Tag}' is not allowed", line, column);
            case Scalar scalar:
                parser.MoveNext();
                return new YScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, line, column);
            case SequenceStart:
                {
                    parser.MoveNext();
                    var items = new List<YNode>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        items.Add(ReadNode(parser));
                    }

                    return new YSequence(items, line, column);
                }

            case MappingStart:
                {
                    parser.MoveNext();
                    var entries = new List<KeyValuePair<YScalar, YNode>>();
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyNode = ReadNode(parser);
                        if (keyNode is not YScalar key)
                        {
                            throw new YamlSyntaxException("a key must be plain text", keyNode.Line, keyNode.Column);
                        }

                        if (!seen.Add(key.Value))
                        {
                            throw new YamlSyntaxException($"duplicate key '{key.Value}': each key may appear once", key.Line, key.Column);
                        }

                        entries.Add(new(key, ReadNode(parser)));
                    }

                    return new YMapping(entries, line, column);
                }

            default:
                throw new YamlSyntaxException($"unexpected YAML ({ev.GetType().Name})", line, column);
        }
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: ...) - (...): "; we print our own position.
    private static string Clean(string message)
    {
        int i = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = i >= 0 ? message[(i + 3)..] : message;
        return text.Trim().TrimEnd('.');
    }
}
