namespace DhrLibrary.Search;

/// <summary>
/// A step of a <see cref="Pipeline"/>, as lunr.PipelineFunction. Functions here are pure maps of the token string,
/// which lets the builder run the pipeline once per distinct token.
/// </summary>
public abstract class PipelineFunction
{
    /// <summary>The name lunr registers the function under, written into the serialized pipeline.</summary>
    public abstract string Label { get; }

    /// <summary>The new token string, or null to drop the token. An empty string is kept, as in lunr.</summary>
    public abstract string? Run(string token);
}
