namespace DhrLibrary.Rendering;

/// <summary>A page to render: where it goes, which template, and what the template calls `page`.</summary>
public sealed record PageJob(string Path, string Template, string Title, string Description, object Model, string Section, bool NoIndex = false);
