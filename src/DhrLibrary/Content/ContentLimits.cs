namespace DhrLibrary.Content;

/// <summary>
/// The limits <c>check</c> and <c>build</c> enforce on what a maintainer writes (docs/content-model.md, "Limits").
/// Each is far above any real review (the largest of the ~700 published summaries is under 60 KB, with at most
/// 5 levels of nesting and 120 recommendations) and far below what makes the parsers slow or overflow their stack
/// (YamlDotNet overflows at about 11,000 levels; Markdig gives up at 128 and takes seconds long before that).
/// </summary>
public static class ContentLimits
{
    /// <summary>Largest review, page or catalog file, in bytes (and in characters once read).</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Deepest nesting of lists and mappings in front matter or a catalog.</summary>
    public const int MaxYamlDepth = Yaml.YamlDepth.MaxDepth;

    /// <summary>Deepest nesting of block quotes and lists in a summary or page.</summary>
    public const int MaxMarkdownDepth = 32;

    /// <summary>Most recommendations in one review.</summary>
    public const int MaxRecommendations = 1000;
}
