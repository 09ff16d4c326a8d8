namespace NewsSite.Web.Infrastructure;

public static class EditorialCatalogueRegistration
{
    /// <summary>What the tags, authors and standing pages admin pages read and change.</summary>
    public static IServiceCollection AddTagAuthorAndPageEditors(this IServiceCollection services)
    {
        services.AddScoped<Taxonomy.TagEditor>();
        services.AddScoped<Taxonomy.TagMerger>();
        services.AddScoped<Authors.AuthorEditor>();
        services.AddScoped<SitePages.SitePageEditor>();
        services.AddScoped<SitePages.SitePageHistory>();
        return services;
    }
}
