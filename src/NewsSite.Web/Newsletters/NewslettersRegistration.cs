using NewsSite.Web.Newsletters.Rendering;
using NewsSite.Web.Newsletters.Delivery;

namespace NewsSite.Web.Newsletters;

public static class NewslettersRegistration
{
    /// <summary>
    /// Email digests: editions made on schedule, rendered per subscriber and sent by background
    /// senders, and their open counts when an Admin turns them on (the page <c>Pages/Digests/Opened</c> answers the image).
    /// </summary>
    public static WebApplicationBuilder AddNewsletters(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<NewsletterOptions>().Bind(builder.Configuration.GetSection(NewsletterOptions.SectionName));
        builder.Services.AddDigestRendering();
        Editions.EditionsRegistration.AddDigestEditions(builder.Services);
        builder.Services.AddDigestDelivery();
        builder.Services.AddScoped<Admin.EditionControls>();
        builder.Services.AddScoped<Admin.DigestPreviews>();
        builder.Services.AddScoped<Admin.DigestEditionsQuery>();
        builder.Services.AddScoped<DigestOpens>();
        return builder;
    }
}
