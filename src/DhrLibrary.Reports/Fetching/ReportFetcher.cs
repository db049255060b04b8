using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using DhrLibrary.Reports.Extraction;
using DhrLibrary.ReportSearch;

namespace DhrLibrary.Reports.Fetching;

/// <summary>
/// Downloads one report into the cache. A download is checked before it replaces anything: it must be under the
/// size limit, start with <c>%PDF-</c>, and open and read with PdfPig; only then are the PDF and its text written
/// (each to a temporary file, then moved), so a bad answer never replaces a good copy.
/// </summary>
public sealed class ReportFetcher(HttpClient client, string cacheDir, FetchOptions options)
{
    public const string NoTextLayerWarning = EnsureReportText.NoTextLayerWarning;

    /// <summary>An HttpClient that follows http(s) redirects only (.NET never follows one to another scheme), up to the limit.</summary>
    public static HttpClient CreateClient(FetchOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = options.MaxRedirects,
            AutomaticDecompression = DecompressionMethods.All,
        };
        var client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("dhr-library-reports/1");
        return client;
    }

    public async Task<FetchResult> FetchAsync(string slug, string reviewFile, string url, ReportEntry? previous, CancellationToken cancel = default)
    {
        var kept = previous is { HasCopy: true } && File.Exists(ReportCache.PdfPath(cacheDir, slug)) ? previous : null;
        FetchResult Fail(string problem) =>
            new(reviewFile, url, FetchStatus.Failed, problem, (kept ?? Blank(slug, reviewFile, url)) with { LastError = problem });

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return Fail("not an http(s) address");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            bool sameUrl = kept is not null && kept.Url == url;
            if (sameUrl && kept!.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
            {
                request.Headers.IfNoneMatch.Add(tag);
            }

            if (sameUrl && kept!.LastModified is { } modified && DateTimeOffset.TryParse(modified, out var since))
            {
                request.Headers.IfModifiedSince = since;
            }

            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode == HttpStatusCode.NotModified && kept is not null)
            {
                return Unchanged(slug, reviewFile, url, kept);
            }

            int code = (int)response.StatusCode;
            if (code is >= 300 and < 400)
            {
                return Fail($"HTTP {code}: more than {options.MaxRedirects} redirects, or a redirect to an address that is not http(s)");
            }

            if (!response.IsSuccessStatusCode)
            {
                return Fail($"HTTP {code} {response.ReasonPhrase}".TrimEnd());
            }

            if (response.Content.Headers.ContentLength > options.MaxBytes)
            {
                return Fail(TooLarge());
            }

            byte[]? body = await ReadLimited(response.Content, timeout.Token);
            if (body is null)
            {
                return Fail(TooLarge());
            }

            if (!PdfTextExtractor.LooksLikePdf(body))
            {
                string type = response.Content.Headers.ContentType?.MediaType ?? "no content type";
                return Fail($"not a PDF (the server sent {type}, and the body does not start with %PDF-)");
            }

            var extracted = PdfTextExtractor.Extract(body);
            if (!extracted.Succeeded)
            {
                return Fail(extracted.Failure!);
            }

            string sha = Convert.ToHexStringLower(SHA256.HashData(body));
            extracted.Text!.Save(cacheDir, sha);
            // The report index's terms and text blocks, kept beside the text, so a build does not tokenize it again.
            ReportPartCache.Save(cacheDir, sha, extracted.Text, extracted.Pages);
            string pdfPath = ReportCache.PdfPath(cacheDir, slug);
            Directory.CreateDirectory(Path.GetDirectoryName(pdfPath)!);
            await File.WriteAllBytesAsync(pdfPath + ".tmp", body, cancel);
            File.Move(pdfPath + ".tmp", pdfPath, overwrite: true);
            var entry = new ReportEntry
            {
                Slug = slug,
                ReviewFile = reviewFile,
                Url = url,
                FetchedAt = DateTimeOffset.UtcNow,
                ETag = response.Headers.ETag?.ToString(),
                LastModified = response.Content.Headers.LastModified?.ToString("R"),
                Size = body.Length,
                Sha256 = sha,
                Pages = extracted.Pages,
                Outcome = extracted.Text.HasText ? ReportOutcome.Searchable : ReportOutcome.NoTextLayer,
            };
            return new FetchResult(reviewFile, url, FetchStatus.Downloaded, extracted.Text.HasText ? null : NoTextLayerWarning, entry);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return Fail($"timed out after {options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return Fail($"could not be downloaded ({ex.Message})");
        }
        catch (IOException ex)
        {
            return Fail($"the download broke off ({ex.Message})");
        }
    }

    private string TooLarge() => $"larger than the {options.MaxBytes / (1024 * 1024.0):0.##} MB limit";

    // A 304 keeps the copy; its text is extracted again only if the text cache lost it.
    private FetchResult Unchanged(string slug, string reviewFile, string url, ReportEntry kept)
    {
        string? warning = kept.Outcome == ReportOutcome.NoTextLayer ? NoTextLayerWarning : null;
        if (ReportText.Load(cacheDir, kept.Sha256) is null)
        {
            var extracted = PdfTextExtractor.Extract(File.ReadAllBytes(ReportCache.PdfPath(cacheDir, slug)));
            if (extracted.Text is { } text)
            {
                text.Save(cacheDir, kept.Sha256);
                ReportPartCache.Save(cacheDir, kept.Sha256, text, kept.Pages);
            }
        }

        return new FetchResult(reviewFile, url, FetchStatus.Unchanged, warning, kept with { ReviewFile = reviewFile, LastError = null });
    }

    private async Task<byte[]?> ReadLimited(HttpContent content, CancellationToken cancel)
    {
        await using var stream = await content.ReadAsStreamAsync(cancel);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ReportEntry Blank(string slug, string reviewFile, string url) => new() { Slug = slug, ReviewFile = reviewFile, Url = url };
}
