using System.CommandLine;
using DhrLibrary.Cli.Scaffolding;
using DhrLibrary.Content;

namespace DhrLibrary.Cli.Commands;

/// <summary>`new review`: scaffolds input/reviews/&lt;csp&gt;-&lt;yyyy-mm&gt;.md as a draft with TODO placeholders; never overwrites.</summary>
public static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = CommonOptions.Input();
        var csp = new Option<string>("--csp") { Description = "The Community Safety Partnership that commissioned the review", Required = true };
        var published = new Option<string>("--published") { Description = "When the review was published: YYYY-MM (or YYYY-MM-DD)", Required = true };
        var title = new Option<string?>("--title") { Description = "The review's title (default: '<CSP> review')" };
        var review = new Command("review", "Create a new draft review file with placeholders to fill in") { input, csp, published, title };
        review.SetAction(parse =>
        {
            string inputDir = parse.GetValue(input)!;
            string partnership = parse.GetValue(csp)!.Trim();
            if (partnership.Length == 0)
            {
                stderr.WriteLine("error: --csp must name the partnership, for example --csp Manchester");
                return ExitCodes.Usage;
            }

            if (Slug.From(partnership).Length > Slug.MaxLength)
            {
                stderr.WriteLine($"error: --csp gives a file name of {Slug.From(partnership).Length} characters; the limit is {Slug.MaxLength}: use the partnership's usual short name (for example --csp \"Ynys Môn\")");
                return ExitCodes.Usage;
            }

            if (partnership.Any(char.IsControl))
            {
                stderr.WriteLine("error: --csp holds a control character (a line break or similar): type the partnership's name on one line");
                return ExitCodes.Usage;
            }

            if (!PublishedDate.TryParse(parse.GetValue(published)!.Trim(), out var date))
            {
                stderr.WriteLine($"error: --published must be a real date written YYYY-MM or YYYY-MM-DD (for example 2023-05), not '{parse.GetValue(published)}'");
                return ExitCodes.Usage;
            }

            if (!Directory.Exists(inputDir))
            {
                stderr.WriteLine($"error: input folder '{inputDir}' not found: run this from the repository folder, or pass --input");
                return ExitCodes.Usage;
            }

            string folder = Path.Combine(inputDir, "reviews");
            Directory.CreateDirectory(folder);
            string text = ReviewScaffold.Text(partnership, date, parse.GetValue(title));
            for (int attempt = 0; attempt < 100; attempt++)
            {
                string slug = ReviewScaffold.FreeSlug(partnership, date, s => File.Exists(Path.Combine(folder, s + ".md")));
                string path = Path.Combine(folder, slug + ".md");
                try
                {
                    // CreateNew: if another process took the name since the check, try the next one instead of overwriting.
                    using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
                    using (var writer = new StreamWriter(stream))
                    {
                        writer.Write(text);
                    }

                    stdout.WriteLine($"Created {path}");
                    stdout.WriteLine("It is a draft: replace each TODO, run `dhr-library check`, preview it with `dhr-library serve`, then delete `draft: true`.");
                    return ExitCodes.Ok;
                }
                catch (IOException) when (File.Exists(path))
                {
                }
            }

            stderr.WriteLine($"error: could not find a free file name in {folder}");
            return ExitCodes.ContentErrors;
        });
        return new Command("new", "Create new content from a template") { review };
    }
}
