namespace DhrLibrary.Model;

/// <summary>A Community Safety Partnership and the reviews it commissioned, newest first.</summary>
public sealed class PartnershipView(string name, string slug)
{
    public string Name { get; } = name;
    public string Slug { get; } = slug;
    public string Path => $"partnerships/{Slug}/";
    public List<ReviewView> Reviews { get; } = [];
    public int ReviewCount => Reviews.Count;
}
