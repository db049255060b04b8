using System.CommandLine;
using System.Diagnostics;
using DhrLibrary.Yaml;

namespace DhrLibrary.Bench.Commands;

/// <summary>
/// `yaml --input DIR`: the front matter of every review under DIR/reviews read by the plain YAML reader (the build's
/// fast path) and by YamlDotNet (its fallback), in process, each over the whole corpus --runs times after a warm-up.
/// The reason the hand-written reader stays (Yaml/PlainYamlReader.cs, bench/RESULTS.md).
/// </summary>
public static class YamlBenchCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "A corpus's input folder (bench `corpus`)", Required = true };
        var runs = new Option<int>("--runs") { Description = "Timed passes per reader", DefaultValueFactory = _ => 5 };
        var command = new Command("yaml", "Time the plain YAML reader against YamlDotNet on a corpus's front matter") { input, runs };
        command.SetAction(parse =>
        {
            var yamls = Directory.GetFiles(Path.Combine(parse.GetValue(input)!, "reviews"), "*.md")
                .Select(f => FrontMatter.Split(File.ReadAllText(f))?.Yaml)
                .OfType<string>()
                .ToList();
            int declined = yamls.Count(y => !PlainYamlReader.TryRead(y, out _));
            double plain = Median(parse.GetValue(runs), () => yamls.ForEach(y => PlainYamlReader.TryRead(y, out _)));
            double full = Median(parse.GetValue(runs), () => yamls.ForEach(y => YamlTreeReader.ReadWithYamlDotNet(y)));
            long bytes = yamls.Sum(y => (long)y.Length);
            Console.WriteLine($"{yamls.Count} front matters, {bytes / (1024.0 * 1024):0.0} M chars; the plain reader declined {declined}");
            Console.WriteLine($"plain reader: {plain:0} ms; YamlDotNet: {full:0} ms; YamlDotNet / plain: {full / plain:0.0}x (median of {parse.GetValue(runs)}, one thread)");
            return 0;
        });
        return command;
    }

    private static double Median(int runs, Action pass)
    {
        pass();
        var times = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            pass();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
