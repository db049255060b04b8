namespace DhrLibrary.Bench.Harness;

/// <summary>Where things are: the repository (found by walking up to StatiqSite.sln) and bench/results (ignored by git).</summary>
public static class RepoPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string Results => Path.Combine(Root, "bench", "results");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>The peers' scripts (gen_corpus.py, hugo_build.sh), beside the repository in shared/bench.</summary>
    public static string PeerBench => Environment.GetEnvironmentVariable("DHR_PEER_BENCH")
        ?? Path.GetFullPath(Path.Combine(Root, "..", "shared", "bench"));

    public static string Under(params string[] parts) => Path.Combine([Results, .. parts]);
}
