namespace NewsSite.Web.Infrastructure;

public static class AdminAreaRegistration
{
    /// <summary>
    /// What the editors' pages under <c>/admin</c> read and change beyond the workflow itself:
    /// the article list and its choices, sections and the site's settings.
    /// </summary>
    public static WebApplicationBuilder AddAdminArea(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<Articles.Editing.ArticleListQuery>();
        builder.Services.AddScoped<Articles.Editing.EditorChoices>();
        builder.Services.AddScoped<Articles.Editing.HeroImageChoices>();
        builder.Services.AddScoped<Taxonomy.SectionEditor>();
        builder.Services.AddScoped<Taxonomy.TagResolver>();
        builder.Services.AddScoped<SiteSettings.SiteSettingsEditor>();
        Articles.Editing.Live.LiveEditingRegistration.AddLiveEditing(builder.Services);
        Subscriptions.Admin.SubscribersAdminRegistration.AddSubscribersAdmin(builder.Services);
        return builder;
    }
}
