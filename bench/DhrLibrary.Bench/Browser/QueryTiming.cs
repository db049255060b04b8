namespace DhrLibrary.Bench.Browser;

/// <summary>One timed query: handler time, time to the next frame, and what the page said.</summary>
public sealed record QueryTiming(string Kind, string Query, double ScriptMs, double FrameMs, string Status, int Shown);
