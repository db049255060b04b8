using System.Globalization;
using System.Net;
using System.Text;
using DhrLibrary.Content;
using DhrLibrary.Model;

namespace DhrLibrary.Charts;

/// <summary>
/// A horizontal bar chart drawn at build time as inline SVG, with no script and no style attributes (the CSP
/// forbids both): bars are sized in percentages of the chart's width, so it fits a 320 px screen without
/// scaling its text down. Readers of assistive technology get a figure whose name summarises the chart,
/// and everyone can open the same figures as a table.
/// </summary>
public sealed record BarChart
{
    // Bars take at most this share of the width, leaving room for the value written after the longest bar.
    internal const double MaxBarPercent = 60;
    private const int FontSize = 15;
    private const int CharWidth = 9;
    private const int InlineLabelChars = 8;

    /// <summary>Unique within the page; prefixes the ids the figure refers to.</summary>
    public required string Id { get; init; }

    /// <summary>What the chart shows, e.g. "Reviews published per year"; also the table's caption.</summary>
    public required string Title { get; init; }

    /// <summary>The heading of the label column, e.g. "Year".</summary>
    public required string LabelHeading { get; init; }

    /// <summary>The thing counted, singular, e.g. "review".</summary>
    public required string Noun { get; init; }

    public required IReadOnlyList<Bar> Bars { get; init; }

    public int Total => Bars.Sum(b => b.Value);

    /// <summary>
    /// What the bars add up to, in words, when the sum is not a count of distinct things: a recommendation addressed
    /// to three agencies is a bar's worth under each, so "30,145 recommendations in all" would overstate 16,515.
    /// Null: "<see cref="Total"/> nouns in all".
    /// </summary>
    public string? Whole { get; init; }

    /// <summary>The bar's length as a share of the chart's width, proportional to its value (the longest bar gets <see cref="MaxBarPercent"/>).</summary>
    public double WidthPercent(Bar bar)
    {
        int max = Bars.Max(b => b.Value);
        return max == 0 ? 0 : Math.Round(MaxBarPercent * bar.Value / max, 2);
    }

    /// <summary>A sentence or two that says what the chart shows, for its caption and accessible name.</summary>
    public string Summary()
    {
        if (Bars.Count == 0)
        {
            return $"No {Words.Plural(Noun)} to show yet.";
        }

        var text = new StringBuilder(Whole ?? $"{Words.Count(Total, Noun)} in all");
        if (Bars.Count <= 6)
        {
            text.Append(": ").AppendJoin("; ", Bars.Select(b => $"{b.Label}, {b.Value.ToString("N0", CultureInfo.InvariantCulture)}"));
        }
        else
        {
            var most = Bars.MaxBy(b => b.Value)!;
            var fewest = Bars.MinBy(b => b.Value)!;
            text.Append($", from {Bars[0].Label} to {Bars[^1].Label}. Most: {most.Label}, {Words.Count(most.Value, Noun)}. Fewest: {fewest.Label}, {Words.Count(fewest.Value, Noun)}");
        }

        return text.Append('.').ToString();
    }

    public HtmlString Render()
    {
        var html = new StringBuilder();
        string id = Encode(Id);
        // No role="img": a figure with a figcaption may not take a role (HTML; the Nu checker reports it), and the
        // figure is already named by its caption. The SVG is hidden; the same figures are in the table below.
        html.Append($"<figure class=\"chart\" id=\"{id}\" aria-labelledby=\"{id}-title {id}-summary\">\n");
        html.Append($"<figcaption><span class=\"chart-title\" id=\"{id}-title\">{Encode(Title)}</span> <span class=\"chart-summary\" id=\"{id}-summary\">{Encode(Summary())}</span></figcaption>\n");
        if (Bars.Count > 0)
        {
            AppendSvg(html);
        }

        html.Append("</figure>\n");
        if (Bars.Count > 0)
        {
            AppendTable(html);
        }

        return new HtmlString(html.ToString());
    }

    private void AppendSvg(StringBuilder html)
    {
        // Short labels (years) sit left of their bar; long ones (agency kinds) sit on a line of their own above it.
        int longest = Bars.Max(b => b.Label.Length);
        bool inline = longest <= InlineLabelChars;
        int labelWidth = inline ? (longest * CharWidth) + 12 : 0;
        int pitch = inline ? 30 : 50;
        int barTop = inline ? 4 : 22;
        const int barHeight = 20;
        int height = (Bars.Count * pitch) + 4;

        html.Append($"<svg class=\"chart-bars\" width=\"100%\" height=\"{height}\" aria-hidden=\"true\" focusable=\"false\" font-size=\"{FontSize}\">\n");
        for (int i = 0; i < Bars.Count; i++)
        {
            var bar = Bars[i];
            int y = i * pitch;
            string percent = Number(WidthPercent(bar));
            string label = Encode(bar.Label);
            string value = bar.Value.ToString("N0", CultureInfo.InvariantCulture);
            html.Append($"<g class=\"chart-bar\"><title>{label}: {Encode(Words.Count(bar.Value, Noun))}</title>");
            html.Append(inline
                ? $"<text class=\"chart-label\" x=\"{labelWidth - 8}\" y=\"{y + barTop + 15}\" text-anchor=\"end\" fill=\"#1b1b1b\">{label}</text>"
                : $"<text class=\"chart-label\" x=\"0\" y=\"{y + 16}\" fill=\"#1b1b1b\">{label}</text>");
            html.Append($"<g transform=\"translate({labelWidth} {y + barTop})\">");
            html.Append($"<rect x=\"0\" y=\"0\" width=\"{percent}%\" height=\"{barHeight}\" fill=\"#2c5f2d\"/>");
            html.Append($"<text class=\"chart-value\" x=\"{percent}%\" dx=\"6\" y=\"15\" fill=\"#1b1b1b\">{value}</text>");
            html.Append("</g></g>\n");
        }

        html.Append("</svg>\n");
    }

    private void AppendTable(StringBuilder html)
    {
        html.Append("<details class=\"chart-figures\">\n<summary>Show the figures as a table</summary>\n");
        html.Append("<table class=\"data-table chart-table\">\n");
        html.Append($"<caption>{Encode(Title)}</caption>\n");
        string valueHeading = Encode(Capitalise(Words.Plural(Noun)));
        html.Append($"<thead><tr><th scope=\"col\">{Encode(LabelHeading)}</th><th scope=\"col\" class=\"num\">{valueHeading}</th></tr></thead>\n<tbody>\n");
        foreach (var bar in Bars)
        {
            html.Append($"<tr><th scope=\"row\">{Encode(bar.Label)}</th><td class=\"num\" data-label=\"{valueHeading}\">{bar.Value.ToString("N0", CultureInfo.InvariantCulture)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</details>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
