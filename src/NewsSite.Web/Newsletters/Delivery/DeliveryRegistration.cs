namespace NewsSite.Web.Newsletters.Delivery;

public static class DeliveryRegistration
{
    /// <summary>The background sender of digest copies, with its own pool of SMTP connections.</summary>
    public static IServiceCollection AddDigestDelivery(this IServiceCollection services)
    {
        services.AddSingleton<DigestSmtpPool>();
        services.AddSingleton<DeliveryOutcomes>();
        services.AddSingleton<DigestSender>();
        services.AddHostedService<DigestSenderWorker>();
        return services;
    }
}
