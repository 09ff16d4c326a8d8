using NewsSite.Web.Search.Lexicon;

namespace NewsSite.Web.Search;

public static class SearchRegistration
{
    /// <summary>Article search, and the lexicon of the archive's words that keeps itself up to date in the background.</summary>
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<ArticleSearch>();
        builder.Services.AddScoped<SearchLexiconReader>();
        builder.Services.AddHostedService<SearchLexiconWorker>();
        return builder;
    }
}
