using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace DhrLibrary.Reports.Tests.Support;

/// <summary>
/// Makes synthetic multi-page PDFs at test time with PDFsharp (no binary fixtures in the repository): each page a
/// list of lines drawn top to bottom, with an optional running header and "Page N of M" footer. Fonts come from
/// DejaVu Sans on the machine (Debian's fonts-dejavu-core).
/// </summary>
public static class TestPdf
{
    private static readonly object Gate = new();

    /// <summary>A page's lines; an empty list is a page without text.</summary>
    public static byte[] Make(IReadOnlyList<IReadOnlyList<string>> pages, string? header = null, bool footer = true, string? userPassword = null)
    {
        EnsureFonts();
        using var document = new PdfDocument();
        document.Info.Title = "Synthetic test report (not a real review)";
        var font = new XFont("DejaVu Sans", 11);
        for (int p = 0; p < pages.Count; p++)
        {
            var page = document.AddPage();
            using var graphics = XGraphics.FromPdfPage(page);
            if (pages[p].Count == 0)
            {
                // A page without text: a drawn box only, as a scanned page has an image and no words.
                graphics.DrawRectangle(XPens.Black, 100, 100, 200, 200);
                continue;
            }

            if (header is not null)
            {
                graphics.DrawString(header, font, XBrushes.Black, 72, 50);
            }

            double y = 100;
            foreach (string line in pages[p])
            {
                graphics.DrawString(line, font, XBrushes.Black, 72, y);
                y += 16;
            }

            if (footer)
            {
                graphics.DrawString($"Page {p + 1} of {pages.Count}", font, XBrushes.Black, 280, page.Height.Point - 40);
            }
        }

        if (userPassword is not null)
        {
            document.SecuritySettings.UserPassword = userPassword;
            document.SecuritySettings.OwnerPassword = userPassword + "-owner";
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// The standard fixture: five pages with a running header and page numbers; "marmalade" only on page 4,
    /// "assessment" broken over a line end on page 2, page 3 without text.
    /// </summary>
    public static byte[] Fixture() => Make(
    [
        ["This synthetic report is a test fixture.", "It describes no real people or events.", "The panel met six times."],
        ["The agencies shared information late.", "The risk assess-", "ment was not repeated after the second incident."],
        [],
        ["The panel found a marmalade jar in the chronology.", "Nothing else on this page is unusual."],
        ["The recommendations follow.", "Each agency accepted them."],
    ], header: "Synthetic Review Report: Eastshire");

    private static void EnsureFonts()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new DejaVuResolver();
        }
    }

    private sealed class DejaVuResolver : IFontResolver
    {
        private const string Folder = "/usr/share/fonts/truetype/dejavu/";

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

        public byte[]? GetFont(string faceName)
        {
            string path = Path.Combine(Folder, faceName + ".ttf");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"test PDFs need DejaVu Sans ({path}); install fonts-dejavu-core");
            }

            return File.ReadAllBytes(path);
        }
    }
}
