using System.Text;
using System.Xml;
using DhrLibrary.Model;
using DhrLibrary.Output;

namespace DhrLibrary.Pipeline;

/// <summary>Pure stage: an Atom feed of the latest reviews, newest first, with absolute links from site.yml.</summary>
public static class GenerateFeed
{
    public const int Size = 50;

    public static OutputFile Generate(SiteModel site, DateTimeOffset builtAt)
    {
        string baseUrl = site.Config.BaseUrlWithSlash;
        var sb = new StringBuilder();
        using (var xml = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true }))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", ns);
            xml.WriteAttributeString("xml", "lang", null, site.Config.Language);
            xml.WriteElementString("title", ns, site.Config.Title + ": latest reviews");
            xml.WriteElementString("subtitle", ns, site.Config.Description);
            xml.WriteElementString("id", ns, baseUrl);
            Link(xml, ns, baseUrl, null);
            Link(xml, ns, baseUrl + "feed.xml", "self");
            var updated = site.Reviews.Count > 0 ? Stamp(site.Reviews[0]) : builtAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ");
            xml.WriteElementString("updated", ns, updated);
            xml.WriteStartElement("author", ns);
            xml.WriteElementString("name", ns, site.Config.Title);
            xml.WriteEndElement();
            foreach (var review in site.Reviews.Take(Size))
            {
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("title", ns, review.Title);
                xml.WriteElementString("id", ns, baseUrl + review.Path);
                Link(xml, ns, baseUrl + review.Path, null);
                xml.WriteElementString("updated", ns, Stamp(review));
                xml.WriteElementString("published", ns, Stamp(review));
                xml.WriteStartElement("summary", ns);
                xml.WriteAttributeString("type", "text");
                xml.WriteString($"{review.Partnership.Name} Community Safety Partnership, published {review.Published}. {Content.Words.Count(review.RecommendationCount, "recommendation")}. {review.Excerpt}");
                xml.WriteEndElement();
                foreach (var theme in review.Themes)
                {
                    xml.WriteStartElement("category", ns);
                    xml.WriteAttributeString("term", theme.Slug);
                    xml.WriteAttributeString("label", theme.Name);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return OutputFile.FromText("feed.xml", sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n");
    }

    private static string Stamp(ReviewView review) => review.Source.Published.FirstDay.ToString("yyyy-MM-dd") + "T00:00:00Z";

    private static void Link(XmlWriter xml, string ns, string href, string? rel)
    {
        xml.WriteStartElement("link", ns);
        if (rel is not null)
        {
            xml.WriteAttributeString("rel", rel);
        }

        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
