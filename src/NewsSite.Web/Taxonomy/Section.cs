namespace NewsSite.Web.Taxonomy;

/// <summary>A section of the site (World, Business, Sport …); every article belongs to one.</summary>
public class Section
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string Description { get; set; } = "";
    public int SortOrder { get; set; }
}
