namespace DhrLibrary.Search;

/// <summary>lunr.Pipeline: an ordered list of token functions.</summary>
public sealed class Pipeline
{
    private readonly List<PipelineFunction> _stack = [];

    public IReadOnlyList<PipelineFunction> Functions => _stack;

    /// <summary>Changes on every edit, so a cache of pipeline results knows when it is stale.</summary>
    internal int Version { get; private set; }

    public void Add(params PipelineFunction[] functions)
    {
        _stack.AddRange(functions);
        Version++;
    }

    public void Remove(PipelineFunction function)
    {
        _stack.Remove(function);
        Version++;
    }

    public void Reset()
    {
        _stack.Clear();
        Version++;
    }

    /// <summary>Runs one token through every function; null when a function drops it.</summary>
    public string? Run(string token)
    {
        string? current = token;
        foreach (var function in _stack)
        {
            current = function.Run(current);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>The labels, as <c>lunr.Pipeline.prototype.toJSON</c>.</summary>
    public IReadOnlyList<string> ToLabels() => _stack.Select(f => f.Label).ToList();
}
