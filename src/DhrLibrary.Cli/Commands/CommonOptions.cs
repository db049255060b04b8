using System.CommandLine;

namespace DhrLibrary.Cli.Commands;

/// <summary>Options several commands share, with the same names and defaults everywhere.</summary>
public static class CommonOptions
{
    public static Option<string> Input() => new("--input", "-i")
    {
        Description = "Folder holding site.yml, agencies.yml, themes.yml, reviews/ and pages/",
        DefaultValueFactory = _ => "input",
    };

    public static Option<string> Output() => new("--output", "-o")
    {
        Description = "Folder the site is written to (replaced as a whole when the build succeeds)",
        DefaultValueFactory = _ => "output",
    };

    public static Option<string> Theme() => new("--theme")
    {
        Description = "Folder holding layouts/ and assets/",
        DefaultValueFactory = _ => "theme",
    };

    /// <summary>The report cache (<c>reports fetch</c> fills it; <c>build</c>, <c>pack</c> and <c>check</c> read it).</summary>
    public static Option<string?> Reports() => new("--reports")
    {
        Description = "Folder of the full reports fetched by `reports fetch` (default: reports/ when it exists)",
    };
}
