using System.Globalization;

namespace DhrLibrary.Preview;

/// <summary>
/// Reloads open tabs after a rebuild that changed the page they show (or the errors, or everything). The site's Content-Security-Policy allows scripts from the site itself
/// (and since connect-src 'self', same-origin fetches too); the script long-polls by adding a same-origin script
/// element that the server answers once the preview has moved on, which needs neither.
/// </summary>
public static class ReloadScript
{
    public const string Path = "/__preview/reload.js";
    public const string WaitPath = "/__preview/wait.js";
    public const string EventsPath = "/__preview/events";

    public const string Source = """
        // Preview only (dhr-library serve): reload this tab when the site is rebuilt.
        (function () {
          var me = document.currentScript;
          var version = me ? me.getAttribute('data-version') : '0';
          function poll() {
            var s = document.createElement('script');
            s.src = '/__preview/wait.js?v=' + encodeURIComponent(version) + '&p=' + encodeURIComponent(location.pathname) + '&t=' + Date.now();
            s.onload = function () { s.remove(); };
            s.onerror = function () { s.remove(); setTimeout(poll, 1000); };
            document.head.appendChild(s);
          }
          window.__dhrPreview = { poll: poll, reload: function () { location.reload(); } };
          poll();
        })();
        """;

    /// <summary>What the wait script runs: reload when the site has changed, else wait again.</summary>
    public static string WaitAnswer(bool changed) => changed ? "window.__dhrPreview.reload();\n" : "window.__dhrPreview.poll();\n";

    public static string Tag(long version) =>
        $"<script src=\"{Path}\" data-version=\"{version.ToString(CultureInfo.InvariantCulture)}\" defer></script>";

    /// <summary>The page with the reload script added at the end of its head (or its end, if it has no head).</summary>
    public static string Inject(string html, long version)
    {
        int head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? html + Tag(version) : html[..head] + Tag(version) + "\n" + html[head..];
    }

    /// <summary>
    /// <see cref="Inject(string, long)"/> for a page held as UTF-8, without copying it: the page is sent as
    /// <c>html[..At]</c>, then <c>Insert</c>, then <c>html[At..]</c>.
    /// </summary>
    public static (int At, byte[] Insert) InjectionPoint(ReadOnlySpan<byte> html, long version)
    {
        int head = html.IndexOf("</head>"u8);
        if (head < 0)
        {
            head = IndexOfIgnoreCase(html, "</head>"u8);
        }

        return head < 0
            ? (html.Length, System.Text.Encoding.UTF8.GetBytes(Tag(version)))
            : (head, System.Text.Encoding.UTF8.GetBytes(Tag(version) + "\n"));
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> html, ReadOnlySpan<byte> lowerAscii)
    {
        for (int i = 0; i + lowerAscii.Length <= html.Length; i++)
        {
            int k = 0;
            while (k < lowerAscii.Length && (html[i + k] | 0x20) == (lowerAscii[k] | 0x20))
            {
                k++;
            }

            if (k == lowerAscii.Length)
            {
                return i;
            }
        }

        return -1;
    }
}
