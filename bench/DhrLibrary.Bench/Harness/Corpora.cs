using DhrLibrary.Bench.Corpus;

namespace DhrLibrary.Bench.Harness;

/// <summary>Corpora under bench/results/corpora, generated once and reused (a marker file records how each was made).</summary>
public static class Corpora
{
    private const string Marker = "bench-corpus.done";

    // Raise when the generator's output changes, so corpora made by an older one are made again.
    private const int GeneratorVersion = 2;

    /// <summary>Our own generator's corpus.</summary>
    public static string Ours(int count, ulong seed)
    {
        string dir = RepoPaths.Under("corpora", $"dhr-{count}-s{seed}");
        return Ensure(dir, $"dhr-bench corpus --count {count} --seed {seed} (generator {GeneratorVersion})", () => CorpusWriter.Write(dir, count, seed));
    }

    /// <summary>The peers' corpus (gen_corpus.py); with <paramref name="derived"/> it carries the keys Hugo needs.</summary>
    public static string Peer(int count, int seed, bool derived)
    {
        string dir = RepoPaths.Under("corpora", $"peer-{count}-s{seed}{(derived ? "-derived" : "")}");
        string script = Path.Combine(RepoPaths.PeerBench, "gen_corpus.py");
        string[] args = [script, "--count", $"{count}", "--seed", $"{seed}", "--out", dir, .. derived ? Array.Empty<string>() : ["--no-derived"]];
        return Ensure(dir, "python3 " + string.Join(' ', args), () =>
        {
            var run = ChildProcess.Run("python3", args);
            if (!run.Succeeded)
            {
                throw new InvalidOperationException($"gen_corpus.py failed: {run.Stderr}");
            }
        });
    }

    private static string Ensure(string dir, string how, Action generate)
    {
        string marker = Path.Combine(dir, Marker);
        if (File.Exists(marker) && File.ReadAllText(marker).Trim() == how)
        {
            return dir;
        }

        Console.Error.WriteLine($"Generating {dir} ({how}) ...");
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        Directory.CreateDirectory(dir);
        generate();
        File.WriteAllText(marker, how + "\n");
        return dir;
    }
}
