using DhrLibrary.Content;
using System.Net;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Validation;

/// <summary>
/// Asks each review's <c>report_url</c> whether it is still there: HEAD first, GET when a server refuses HEAD,
/// a few at a time and each within a time limit. Dead links are warnings, since a site that is down today may
/// be back tomorrow and the review itself is still right.
/// </summary>
public sealed class CheckExternalLinks(HttpClient client, int concurrency, TimeSpan timeout)
{
    public async Task CheckAsync(IEnumerable<ReviewDocument> documents, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var places = documents
            .Where(d => d.Review.Source.ReportUrl is not null && d.Find("source", "report_url") is not null)
            .Select(d => (Url: d.Review.Source.ReportUrl!, d.File, Node: d.Find("source", "report_url")!, Document: d))
            .ToList();
        using var gate = new SemaphoreSlim(concurrency);
        var results = await Task.WhenAll(places.Select(p => p.Url).Distinct(StringComparer.Ordinal).Select(async url =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                return (url, Problem: await ProbeAsync(url, cancellationToken));
            }
            finally
            {
                gate.Release();
            }
        }));

        var problems = results.Where(r => r.Problem is not null).ToDictionary(r => r.url, r => r.Problem!, StringComparer.Ordinal);
        foreach (var place in places)
        {
            if (problems.TryGetValue(place.Url, out var problem))
            {
                diagnostics.Warning(place.File, place.Document.FileLine(place.Node), place.Node.Column, $"report_url looks dead: {problem}");
            }
        }
    }

    /// <summary>Null when the address answers with success (after redirects), else what went wrong.</summary>
    public async Task<string?> ProbeAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            var status = await StatusAsync(HttpMethod.Head, url, cancellationToken);
            if (IsSuccess(status))
            {
                return null;
            }

            // Many servers answer HEAD with 403, 404 or 405 yet serve the page to GET.
            status = await StatusAsync(HttpMethod.Get, url, cancellationToken);
            return IsSuccess(status) ? null : $"HTTP {(int)status} {Reason(status)}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {timeout.TotalSeconds:0.#} s";
        }
        catch (HttpRequestException ex)
        {
            return $"could not connect ({ex.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => "the host name does not resolve",
                HttpRequestError.ConnectionError => "the connection was refused or failed",
                HttpRequestError.SecureConnectionError => "the secure connection failed",
                _ => ex.Message,
            }})";
        }
    }

    private async Task<HttpStatusCode> StatusAsync(HttpMethod method, string url, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        using var request = new HttpRequestMessage(method, url);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timer.Token);
        return response.StatusCode;
    }

    private static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;

    private static string Reason(HttpStatusCode status) =>
        Enum.IsDefined(status) ? System.Text.RegularExpressions.Regex.Replace(status.ToString(), "(?<=[a-z])(?=[A-Z])", " ") : "";
}
