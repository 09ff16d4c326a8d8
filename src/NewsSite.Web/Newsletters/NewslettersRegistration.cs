using NewsSite.Web.Newsletters.Rendering;

namespace NewsSite.Web.Newsletters;

public static class NewslettersRegistration
{
    /// <summary>Email digests: editions made on schedule, rendered per subscriber and sent by background senders.</summary>
    public static WebApplicationBuilder AddNewsletters(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<NewsletterOptions>().Bind(builder.Configuration.GetSection(NewsletterOptions.SectionName));
        builder.Services.AddDigestRendering();
        Editions.EditionsRegistration.AddDigestEditions(builder.Services);
        builder.Services.AddScoped<Admin.EditionControls>();
        builder.Services.AddScoped<Admin.DigestPreviews>();
        return builder;
    }
}
