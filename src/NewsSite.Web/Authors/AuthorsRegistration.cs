namespace NewsSite.Web.Authors;

public static class AuthorsRegistration
{
    /// <summary>What the authors admin page reads and changes.</summary>
    public static WebApplicationBuilder AddAuthors(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AuthorEditor>();
        return builder;
    }
}
