namespace DhrLibrary.Model;

/// <summary>HTML that is already safe (rendered Markdown, a page body): templates write it as is, everything else is escaped.</summary>
public sealed record HtmlString(string Value)
{
    public override string ToString() => Value;
}
