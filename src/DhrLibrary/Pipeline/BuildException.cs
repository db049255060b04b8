namespace DhrLibrary.Pipeline;

/// <summary>A build that cannot go on for a reason outside the content (a missing tool or theme file).</summary>
public sealed class BuildException(string message) : Exception(message);
