namespace NewsSite.Web.Infrastructure.Caching;

/// <summary>Configuration section <c>Caching</c>.</summary>
public sealed class CachingOptions
{
    public const string SectionName = "Caching";

    /// <summary>Serve anonymous public pages from the output cache (on by default; off to measure the uncached site).</summary>
    public bool OutputCacheEnabled { get; set; } = true;

    /// <summary>How long a cached page may live when nothing evicts it first.</summary>
    public TimeSpan PublicPageLifetime { get; set; } = TimeSpan.FromMinutes(10);
}
