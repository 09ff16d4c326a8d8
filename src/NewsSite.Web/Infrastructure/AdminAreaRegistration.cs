namespace NewsSite.Web.Infrastructure;

public static class AdminAreaRegistration
{
    /// <summary>
    /// What the pages under <c>/admin</c> read and change beyond the workflow itself: the article
    /// list and editor (choices, live preview, autosaves, presence, preview links), sections, tags,
    /// authors and standing pages, the site's settings, and subscribers.
    /// </summary>
    public static WebApplicationBuilder AddAdminArea(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<Articles.Editing.ArticleListQuery>();
        builder.Services.AddScoped<Articles.Editing.EditorChoices>();
        builder.Services.AddScoped<Articles.Editing.HeroImageChoices>();
        builder.Services.AddScoped<Taxonomy.SectionEditor>();
        builder.Services.AddScoped<Taxonomy.TagResolver>();
        builder.Services.AddTagAuthorAndPageEditors();
        builder.Services.AddScoped<SiteSettings.SiteSettingsEditor>();
        Articles.Editing.Live.LiveEditingRegistration.AddLiveEditing(builder.Services);
        Articles.Previews.PreviewRegistration.AddArticlePreviews(builder);
        Subscriptions.Admin.SubscribersAdminRegistration.AddSubscribersAdmin(builder.Services);
        return builder;
    }
}
