using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using DhrLibrary.Content;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Validation;

/// <summary>
/// A hint when a theme's keyword occurs in the summary or recommendations but the review does not list that
/// theme (the same matching `import` uses to tag reviews). Points at the first occurrence of the keyword.
/// </summary>
public sealed class ThemeKeywordRule : IReviewRule
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public void Check(ReviewDocument document, CheckContext context, DiagnosticBag diagnostics)
    {
        var review = document.Review;
        string prose = review.Summary + "\n" + string.Join("\n", review.Recommendations.Select(r => r.Text));
        var listed = review.Themes.ToHashSet(StringComparer.Ordinal);
        var missing = ThemeTagger.Tag(context.Library.Themes, prose).Where(slug => !listed.Contains(slug)).ToHashSet(StringComparer.Ordinal);
        if (missing.Count == 0)
        {
            return;
        }

        var proseLines = document.ProseLines().ToList();
        foreach (var theme in context.Library.Themes.Where(t => missing.Contains(t.Slug)))
        {
            var (line, column, keyword) = Locate(document, proseLines, theme, prose);
            diagnostics.Warning(document.File, line, column,
                $"hint: \"{keyword}\" suggests the theme '{theme.Slug}' ({theme.Name}), which this review's 'themes' list lacks; add it if it fits");
        }
    }

    private static (int Line, int Column, string Keyword) Locate(ReviewDocument document, List<int> lines, Theme theme, string prose)
    {
        foreach (int line in lines)
        {
            foreach (var keyword in theme.Keywords)
            {
                var match = KeywordPattern(keyword).Match(document.Lines[line - 1]);
                if (match.Success)
                {
                    return (line, match.Index + 1, keyword);
                }
            }
        }

        // The keyword spans a line break: point at the themes list (or the top of the file) instead.
        var anchor = (Yaml.YNode?)document.Key("themes") ?? document.FrontMatter;
        string found = theme.Keywords.First(k => ThemeTagger.Tag([theme with { Keywords = [k] }], prose).Count > 0);
        return (document.FileLine(anchor), anchor.Column, found);
    }

    // Whole words, any case, with any punctuation or spacing between words: how ThemeTagger matches.
    private static Regex KeywordPattern(string keyword) => Patterns.GetOrAdd(keyword, Build);

    private static Regex Build(string keyword)
    {
        var words = Regex.Split(keyword, @"[^\p{L}\p{Nd}]+").Where(w => w.Length > 0).Select(Regex.Escape);
        return new Regex(@"(?<![\p{L}\p{Nd}])" + string.Join(@"[^\p{L}\p{Nd}]+", words) + @"(?![\p{L}\p{Nd}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
