using DhrLibrary.TestSupport;

namespace DhrLibrary.Tests.Architecture;

/// <summary>
/// The namespaces of <c>src/</c> form no cycle, so each folder can be read and tested on
/// top of the ones it uses: Yaml and Content at the bottom, the pipeline's stages above them, Validation (check) above
/// the pipeline. The graph comes from the source text (<see cref="NamespaceGraph"/>).
/// </summary>
public sealed class NamespaceCycleTests
{
    private static readonly Dictionary<string, SortedSet<string>> Graph = NamespaceGraph.Read(RepositoryRoot.Combine("src"));

    [Fact]
    public void The_source_namespaces_use_each_other_without_a_cycle()
    {
        var cycles = NamespaceGraph.Cycles(Graph);
        Assert.True(cycles.Count == 0, "namespaces that use each other in a cycle:\n" + Describe(cycles));
    }

    private static string Describe(List<List<string>> cycles) => string.Join('\n', cycles.Select(c =>
        string.Join(", ", c) + "\n  " + string.Join("\n  ", c.SelectMany(from => Graph[from].Where(c.Contains).Select(to => $"{from} → {to}")))));

    [Theory]
    [InlineData("DhrLibrary.Pipeline", "DhrLibrary.Content")]
    [InlineData("DhrLibrary.Validation", "DhrLibrary.Pipeline")]
    [InlineData("DhrLibrary.Pipeline", "DhrLibrary.Similarity")]
    [InlineData("DhrLibrary.Preview", "DhrLibrary.Model")]
    [InlineData("DhrLibrary.SearchIndex", "DhrLibrary.Search")]
    public void The_graph_sees_the_uses_the_pipeline_is_built_on(string from, string to) =>
        Assert.Contains(to, Graph[from]);

    [Theory]
    [InlineData("DhrLibrary.Content", "DhrLibrary.Validation")]
    [InlineData("DhrLibrary.Content", "DhrLibrary.Rendering")]
    [InlineData("DhrLibrary.Yaml", "DhrLibrary.Content")]
    [InlineData("DhrLibrary.Reports.Extraction", "DhrLibrary.Reports.Fetching")]
    [InlineData("DhrLibrary.Model", "DhrLibrary.Similarity")]
    [InlineData("DhrLibrary.Similarity", "DhrLibrary.Model")]
    [InlineData("DhrLibrary.Model", "DhrLibrary.Rendering")]
    [InlineData("DhrLibrary.Paging", "DhrLibrary.Rendering")]
    public void Lower_namespaces_do_not_reach_up_and_the_model_and_similarity_stay_apart(string from, string to) =>
        Assert.DoesNotContain(to, Graph[from]);

    [Fact]
    public void A_cycle_is_found_and_named()
    {
        var graph = new Dictionary<string, SortedSet<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["A"],
        };
        Assert.Equal(["A", "B", "C"], Assert.Single(NamespaceGraph.Cycles(graph)));
    }
}
