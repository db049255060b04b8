using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace DhrLibrary.Reports.Extraction;

/// <summary>
/// Reads a PDF's text with PdfPig, page by page, through its word extraction: a page's <c>Text</c> runs lines
/// together ("report.Synthetic"), while words carry their boxes, so lines are rebuilt from where the words sit.
/// An encrypted or damaged file is a failure with a reason, never an exception.
/// </summary>
public static class PdfTextExtractor
{
    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => bytes.Length >= 5 && bytes[..5].SequenceEqual("%PDF-"u8);

    public static ExtractionResult Extract(byte[] pdf)
    {
        if (!LooksLikePdf(pdf))
        {
            return new ExtractionResult(null, 0, "not a PDF (the file does not start with %PDF-)");
        }

        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = false });
            var pages = new List<IReadOnlyList<PageLine>>(document.NumberOfPages);
            foreach (var page in document.GetPages())
            {
                pages.Add(Lines(page));
            }

            return new ExtractionResult(new ReportText(PageTextCleaner.Clean(pages)), pages.Count, null);
        }
        catch (PdfDocumentEncryptedException)
        {
            return new ExtractionResult(null, 0, "the PDF is encrypted with a password, so it cannot be read");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // PdfPig reports a damaged file through many exception types (PdfDocumentFormatException, index and cast
            // errors deep in its parsers); any of them means "cannot be read".
            return new ExtractionResult(null, 0, $"the PDF is damaged and cannot be read ({ex.Message})");
        }
    }

    // Words to lines: a word whose baseline is within half its height of the line's is on that line.
    private static List<PageLine> Lines(Page page)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .OrderByDescending(w => w.BoundingBox.Bottom)
            .ThenBy(w => w.BoundingBox.Left)
            .ToList();
        var lines = new List<List<Word>>();
        foreach (var word in words)
        {
            var last = lines.Count > 0 ? lines[^1] : null;
            double tolerance = Math.Max(1, word.BoundingBox.Height / 2);
            if (last is not null && Math.Abs(last[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= tolerance)
            {
                last.Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }

        return [.. lines.Select(l => new PageLine([.. l.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)]))];
    }
}
