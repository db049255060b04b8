namespace DhrLibrary.Charts;

/// <summary>One bar of a chart: what it counts (a year, a kind of agency) and how many.</summary>
public sealed record Bar(string Label, int Value);
