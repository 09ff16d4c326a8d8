namespace NewsSite.Web.Infrastructure.Caching;

public static class CachingRegistration
{
    /// <summary>
    /// The output cache for anonymous public pages. Pages opt in with
    /// <c>[OutputCache(PolicyName = PublicCache.PolicyName)]</c>; the policy caches only
    /// anonymous GET and HEAD responses that set no cookie, tagged for eviction on any content change.
    /// </summary>
    public static WebApplicationBuilder AddPublicCaching(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(CachingOptions.SectionName);
        builder.Services.AddOptions<CachingOptions>().Bind(section);
        var options = section.Get<CachingOptions>() ?? new CachingOptions();
        builder.Services.AddOutputCache(cache =>
        {
            cache.AddPolicy(PublicCache.PolicyName, policy =>
            {
                policy.Tag(PublicCache.Tag).Expire(options.PublicPageLifetime);
                if (!options.OutputCacheEnabled)
                {
                    policy.NoCache();
                }
            });
        });
        builder.Services.AddSingleton<PublicContentChanges>();
        builder.Services.AddHostedService<PublicContentChangeListener>();
        return builder;
    }
}
