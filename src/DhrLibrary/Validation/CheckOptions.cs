namespace DhrLibrary.Validation;

/// <summary>What `check` does beyond the content rules: the theme for the in-memory build, and the web.</summary>
public sealed record CheckOptions
{
    /// <summary>The theme folder for the in-memory build whose links are checked; null skips the link check.</summary>
    public string? ThemeDir { get; init; }

    /// <summary>Also ask each review's report_url over HTTP whether it is still there.</summary>
    public bool External { get; init; }

    public TimeSpan ExternalTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public int ExternalConcurrency { get; init; } = 8;

    /// <summary>Today's date, for the future-date rule (fixed in tests).</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);
}
