namespace NewsSite.Web.Authors;

public static class AuthorsRegistration
{
    /// <summary>What the authors admin page reads and changes, and whose byline is whose.</summary>
    public static WebApplicationBuilder AddAuthors(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AuthorEditor>();
        builder.Services.AddScoped<Bylines>();
        return builder;
    }
}
