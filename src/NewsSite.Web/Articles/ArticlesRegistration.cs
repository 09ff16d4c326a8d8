using NewsSite.Web.Articles.Editing;
using NewsSite.Web.Articles.Editing.Live;
using NewsSite.Web.Articles.Previews;
using NewsSite.Web.Articles.Workflow;
using NewsSite.Web.Slugs;

namespace NewsSite.Web.Articles;

public static class ArticlesRegistration
{
    /// <summary>
    /// Articles as readers see them (the home page and listings), and as staff write them: the
    /// editorial workflow, the admin article list and editor (choices, autosaves, presence) and
    /// preview links.
    /// </summary>
    public static WebApplicationBuilder AddArticles(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<HomePageQuery>();
        builder.Services.AddScoped<ListingQuery>();
        builder.Services.AddScoped<ArticlePageQuery>();
        builder.Services.AddScoped<IArticleUsage, ArticleUsage>();
        builder.AddArticleWorkflow();
        builder.Services.AddScoped<ArticleListQuery>();
        builder.Services.AddScoped<EditorChoices>();
        builder.Services.AddScoped<EditorArticleQuery>();
        builder.Services.AddScoped<HeroImageChoices>();
        builder.Services.AddLiveEditing();
        builder.AddArticlePreviews();
        return builder;
    }
}
