namespace NewsSite.Web.Authors;

public class Author
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string Bio { get; set; } = "";
    public string AvatarUrl { get; set; } = "";
}
