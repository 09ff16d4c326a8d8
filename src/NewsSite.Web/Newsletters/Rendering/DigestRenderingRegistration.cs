namespace NewsSite.Web.Newsletters.Rendering;

public static class DigestRenderingRegistration
{
    /// <summary>The digest emails themselves: one rendering per edition, shared by every sender in the process.</summary>
    public static IServiceCollection AddDigestRendering(this IServiceCollection services)
    {
        services.AddSingleton<DigestLinkBase>();
        services.AddSingleton<PreparedDigestCache>();
        services.AddSingleton<DigestDkim>();
        services.AddSingleton<IDigestMessages, DigestMessageFactory>();
        return services;
    }
}
