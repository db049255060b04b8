namespace DhrLibrary.Output;

/// <summary>The build will not write into the folder it was given (see <see cref="OutputGuard"/>); nothing was changed.</summary>
public sealed class OutputRefusedException(string message) : Exception(message);
