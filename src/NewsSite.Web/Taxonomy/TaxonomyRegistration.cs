namespace NewsSite.Web.Taxonomy;

public static class TaxonomyRegistration
{
    /// <summary>What the sections and tags admin pages, and the editor's tag field, read and change.</summary>
    public static WebApplicationBuilder AddTaxonomy(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SectionEditor>();
        builder.Services.AddScoped<TagResolver>();
        builder.Services.AddScoped<TagEditor>();
        builder.Services.AddScoped<TagMerger>();
        return builder;
    }
}
