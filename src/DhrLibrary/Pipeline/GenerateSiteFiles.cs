using System.Text;
using System.Xml;
using DhrLibrary.Model;
using DhrLibrary.Output;
using DhrLibrary.Rendering;

namespace DhrLibrary.Pipeline;

/// <summary>Pure stage: the machine-readable files beside the pages (sitemap, robots.txt).</summary>
public static class GenerateSiteFiles
{
    public static IEnumerable<OutputFile> Generate(SiteModel site, IEnumerable<PageJob> pages)
    {
        yield return OutputFile.FromText("sitemap.xml", Sitemap(site, pages));
        yield return OutputFile.FromText("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {site.Config.BaseUrlWithSlash}sitemap.xml\n");
    }

    private static string Sitemap(SiteModel site, IEnumerable<PageJob> pages)
    {
        var lastModified = site.Reviews.ToDictionary(r => r.Path, r => r.Source.Published.FirstDay.ToString("yyyy-MM-dd"));
        var sb = new StringBuilder();
        using (var xml = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in pages.Where(p => !p.NoIndex && (p.Path.Length == 0 || p.Path.EndsWith('/'))))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", site.Config.BaseUrlWithSlash + page.Path);
                if (lastModified.TryGetValue(page.Path, out var date))
                {
                    xml.WriteElementString("lastmod", date);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }
}
