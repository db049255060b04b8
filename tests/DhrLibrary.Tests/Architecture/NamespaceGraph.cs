using System.Text.RegularExpressions;

namespace DhrLibrary.Tests.Architecture;

/// <summary>
/// Which namespace of <c>src/</c> uses which, read from the source text: <c>using DhrLibrary.X;</c> (and
/// <c>using static</c>), fully qualified <c>DhrLibrary.X.Type</c>, and names qualified by a sibling namespace
/// (<c>Similarity.RecurringClusters</c>) where the name after the dot is a type declared in that namespace.
/// </summary>
internal static partial class NamespaceGraph
{
    public static Dictionary<string, SortedSet<string>> Read(string srcDir)
    {
        var files = Directory.GetFiles(srcDir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => (Text: File.ReadAllText(f), Namespace: NamespaceOf(File.ReadAllText(f))))
            .Where(f => f.Namespace is not null)
            .ToList();

        var types = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (text, ns) in files)
        {
            var set = types.TryGetValue(ns!, out var s) ? s : types[ns!] = new HashSet<string>(StringComparer.Ordinal);
            set.UnionWith(TypeDeclaration().Matches(text).Select(m => m.Groups[1].Value));
        }

        var graph = types.Keys.ToDictionary(k => k, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (text, ns) in files)
        {
            var code = Comments().Replace(text, "");
            foreach (Match m in UsingDirective().Matches(code).Concat(UsingStatic().Matches(code)))
            {
                Add(graph, ns!, m.Groups[1].Value, types);
            }

            foreach (Match m in Qualified().Matches(code))
            {
                string prefix = m.Groups[1].Value;
                string? target = prefix.StartsWith("DhrLibrary.", StringComparison.Ordinal) ? prefix : Resolve(ns!, prefix, types);
                if (target is not null && types.TryGetValue(target, out var declared) && declared.Contains(m.Groups[2].Value))
                {
                    Add(graph, ns!, target, types);
                }
            }
        }

        return graph;
    }

    /// <summary>Every cycle's namespaces (strongly connected components of two or more, or one that uses itself is ignored).</summary>
    public static List<List<string>> Cycles(Dictionary<string, SortedSet<string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<List<string>>();
        int next = 0;
        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return cycles;

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in graph[v])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }
    }

    private static void Add(Dictionary<string, SortedSet<string>> graph, string from, string to, Dictionary<string, HashSet<string>> types)
    {
        if (from != to && types.ContainsKey(to))
        {
            graph[from].Add(to);
        }
    }

    // As C# looks a qualified name up: inside DhrLibrary.Search.Indexing, "Text." is DhrLibrary.Search.Text if that
    // exists, else DhrLibrary.Text; inside DhrLibrary.Preview, "Model." is DhrLibrary.Model.
    private static string? Resolve(string ns, string name, Dictionary<string, HashSet<string>> types)
    {
        var parts = ns.Split('.');
        for (int k = parts.Length; k >= 1; k--)
        {
            string candidate = string.Join('.', parts[..k]) + "." + name;
            if (types.ContainsKey(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? NamespaceOf(string text) => FileNamespace().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^using\s+(DhrLibrary(?:\.\w+)*)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"^using\s+static\s+(DhrLibrary(?:\.\w+)*)\.\w+\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingStatic();

    [GeneratedRegex(@"\b(?:class|record|struct|enum|interface)\s+(?:struct\s+)?([A-Z]\w*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"(?<![\w.])((?:DhrLibrary\.)?[A-Z]\w*)\.([A-Z]\w*)")]
    private static partial Regex Qualified();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();
}
