namespace DhrLibrary.Search;

/// <summary>
/// The token metadata lunr can whitelist, for every occurrence of a term in a document field:
/// posting entry <c>e</c> owns occurrences <c>EntryStart[e]</c> up to its term frequency, in token order.
/// A value of -1 stands for lunr's <c>undefined</c> (tokens from array fields carry no position or index).
/// </summary>
internal sealed record TokenOccurrences(int[] EntryStart, int[] Starts, int[] Lengths, int[] TokenIndexes);
