using Microsoft.AspNetCore.RateLimiting;
using NewsSite.Web.Infrastructure.Security;
using NewsSite.Web.Subscriptions.Admin;
using NewsSite.Web.Subscriptions.Consent;

namespace NewsSite.Web.Subscriptions;

public static class SubscriptionsRegistration
{
    /// <summary>The rate-limiting policy of the public subscription forms.</summary>
    public const string FormRateLimit = "subscription-forms";

    /// <summary>Subscriptions with double opt-in, the consent ledger and the privacy centre.</summary>
    public static WebApplicationBuilder AddSubscriptions(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SubscriptionOptions.SectionName);
        builder.Services.AddOptions<SubscriptionOptions>().Bind(section);
        var options = section.Get<SubscriptionOptions>() ?? new SubscriptionOptions();
        builder.Services.AddSingleton<Infrastructure.Security.SiteSecrets>();
        builder.Services.AddScoped<ConsentLedger>();
        builder.Services.AddScoped<SuppressionList>();
        builder.Services.AddScoped<SubscriberLinks>();
        builder.Services.AddScoped<SubscriptionEmails>();
        builder.Services.AddScoped<Signup>();
        builder.Services.AddScoped<Confirmation>();
        builder.Services.AddScoped<SubscriberPreferences>();
        builder.Services.AddScoped<PrivacyCentre>();
        builder.Services.AddScoped<SubscriberDataExport>();
        builder.Services.AddSubscribersAdmin();
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(pages =>
        {
            foreach (var page in (string[])["/Subscriptions/Subscribe", "/Subscriptions/PrivacyCentre"])
            {
                pages.Conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(FormRateLimit)));
            }
        });
        builder.Services.AddRateLimiter(limiter => limiter.AddPolicy(FormRateLimit, context => FormPostLimits.PerMinute(context, options.FormPostsPerMinute)));
        return builder;
    }
}
