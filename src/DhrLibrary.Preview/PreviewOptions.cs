namespace DhrLibrary.Preview;

/// <summary>What `serve` previews and where: the input and theme folders, and the loopback port (0 picks a free one).</summary>
public sealed record PreviewOptions(string InputDir, string ThemeDir, int Port = 8080)
{
    /// <summary>How long the folders must be quiet before a rebuild starts (editors save in several steps).</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(150);
}
