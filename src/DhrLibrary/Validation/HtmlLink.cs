namespace DhrLibrary.Validation;

/// <summary>A link target found in an HTML page (<c>href</c> or <c>src</c>), with its 1-based position.</summary>
public sealed record HtmlLink(string Url, int Line, int Column);
