namespace DhrLibrary.Output;

/// <summary>Another build holds the output's lock; this one stopped before writing anything.</summary>
public sealed class OutputBusyException(string message) : Exception(message);
