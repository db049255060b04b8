using System.CommandLine;
using System.Diagnostics;
using DhrLibrary.Bench.Corpus;

namespace DhrLibrary.Bench.Commands;

/// <summary>`corpus --count N --seed S --out DIR`: writes a synthetic corpus in the content model.</summary>
public static class CorpusCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "Number of reviews", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = "Random seed (same seed, same files)", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "Folder to write (its input/ is replaced)", Required = true };
        var command = new Command("corpus", "Write a deterministic synthetic corpus: DIR/input/{site,agencies,themes}.yml and DIR/input/reviews/*.md")
        {
            count, seed, output,
        };
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var summary = CorpusWriter.Write(parse.GetValue(output)!, parse.GetValue(count), parse.GetValue(seed));
            Console.WriteLine(summary);
            Console.WriteLine($"Wrote {parse.GetValue(output)} in {clock.Elapsed.TotalSeconds:0.00} s.");
            return 0;
        });
        return command;
    }
}
